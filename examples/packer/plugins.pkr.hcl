# Plugins for Packer 1.7 and later; `packer init` (run by the action) installs them.
# Kept apart from the build so that the template itself also validates on older Packer.
packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "~> 1.3"
    }
    ansible = {
      source  = "github.com/hashicorp/ansible"
      version = "~> 1.1"
    }
  }
}
