# The demo's template: the example's shape, pointed at the loopback EC2 endpoint and a local
# sshd standing in for the instance (npm run demo passes these as vars).

variable "image_version" {
  type = string
}
variable "ec2_endpoint" {
  type = string
}
variable "ssh_port" {
  type = number
}
variable "ssh_user" {
  type = string
}
variable "ssh_key_file" {
  type = string
}
variable "stamp_dir" {
  type = string
}

source "amazon-ebs" "app" {
  region                  = "us-east-1"
  custom_endpoint_ec2     = var.ec2_endpoint
  skip_metadata_api_check = true
  source_ami              = "ami-00000000000000001"
  instance_type           = "t3.micro"
  ami_name                = "demo-${var.image_version}"
  ami_regions             = ["us-west-2"]
  tags = {
    App = "demo"
  }

  communicator         = "ssh"
  ssh_host             = "127.0.0.1"
  ssh_port             = var.ssh_port
  ssh_username         = var.ssh_user
  ssh_private_key_file = var.ssh_key_file
}

build {
  sources = ["source.amazon-ebs.app"]

  provisioner "ansible" {
    playbook_file   = "${path.root}/site.yml"
    use_proxy       = false
    extra_arguments = ["--extra-vars", "stamp_dir=${var.stamp_dir}"]
    ansible_env_vars = [
      "ANSIBLE_HOST_KEY_CHECKING=False",
      "ANSIBLE_SSH_ARGS=-o ControlMaster=no -o ControlPersist=no -o UserKnownHostsFile=/dev/null",
    ]
  }
}
