# The plugins, pinned like everything else a release installs; `packer init` (which the action
# runs) installs them, and the action caches them in the tool cache. Kept apart from the build
# so that app.pkr.hcl alone also validates on Packer before 1.7, which had no required_plugins.
# Without this block the action installs the amazon plugin at its amazon-plugin-version.
packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "= 1.8.2"
    }
    ansible = {
      source  = "github.com/hashicorp/ansible"
      version = "= 1.1.6"
    }
  }
}
