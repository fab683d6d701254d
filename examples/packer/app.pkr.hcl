# The application image. The action sets image_version from the release tag and tags the
# AMI, its copies and snapshots with it. The contract with the action: declare image_version,
# and use it in ami_name, so that every release has its own AMI name.

variable "image_version" {
  type        = string
  description = "Set by the action: the release tag, e.g. release-1.4.0."
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "copy_regions" {
  type        = list(string)
  default     = []
  description = "Regions the AMI is copied to; the action tags every copy."
}

variable "arch" {
  type    = string
  default = "amd64"
  validation {
    condition     = contains(["amd64", "arm64"], var.arch)
    error_message = "The arch variable must be amd64 or arm64."
  }
}

variable "instance_type" {
  type    = string
  default = "t3.small"
}

locals {
  app = "webapp"
}

source "amazon-ebs" "app" {
  region        = var.region
  instance_type = var.instance_type
  ssh_username  = "admin"

  source_ami_filter {
    filters = {
      name                = "debian-12-${var.arch}-*"
      virtualization-type = "hvm"
      root-device-type    = "ebs"
    }
    owners      = ["136693071363"] # Debian
    most_recent = true
  }

  ami_name        = "${local.app}-${var.image_version}-${var.arch}"
  ami_description = "${local.app} ${var.image_version} (${var.arch})"
  ami_regions     = var.copy_regions

  # Instances of this image (and the build instance) answer IMDSv2 only.
  imds_support = "v2.0"
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  # An encrypted gp3 root volume (the account's default EBS key); its snapshot, and so the AMI,
  # are encrypted too.
  launch_block_device_mappings {
    device_name           = "/dev/xvda"
    volume_type           = "gp3"
    volume_size           = 8
    encrypted             = true
    delete_on_termination = true
  }

  # The temporary security group admits SSH from the runner's own address only, and Packer's
  # key leaves no trace in the image.
  temporary_security_group_source_public_ip = true
  ssh_clear_authorized_keys                 = true

  tags = {
    Name = "${local.app}-${var.image_version}-${var.arch}"
    App  = local.app
    Arch = var.arch
  }
  snapshot_tags = {
    App = local.app
  }
  # Tags the build instance, its volumes, key pair and security group while they exist.
  run_tags = {
    Name = "packer ${local.app} ${var.image_version}"
  }
}

build {
  sources = ["source.amazon-ebs.app"]

  provisioner "ansible" {
    playbook_file = "${path.root}/../ansible/site.yml"
    # Straight to the instance with Packer's key; no local proxy (OpenSSH 9 sftp/scp issues).
    use_proxy       = false
    extra_arguments = ["--extra-vars", "image_version=${var.image_version}"]
    ansible_env_vars = [
      "ANSIBLE_HOST_KEY_CHECKING=False",
      "ANSIBLE_SSH_ARGS=-o ControlMaster=auto -o ControlPersist=30s",
    ]
  }

  post-processor "manifest" {
    output     = "manifest.json"
    strip_path = true
  }
}
