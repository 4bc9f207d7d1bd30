//! Arguments of the Tutum-only commands: `volumegroup`, `volume`, `image`, `imagetag`.

use clap::{Args, Subcommand};

use super::QuietArgs;

super::parse::group_commands! {
mod only_read;
/// `volumegroup` and `volume` subcommands.
#[derive(Subcommand, Debug)]
pub enum ReadCommand {
    /// Print the detailed information of the given objects
    Inspect(ReadIds),
    /// List them
    Ls(QuietArgs),
}
}

/// Identifiers of volumes (uuid or prefix) or volume groups (uuid, prefix or name).
#[derive(Args, Debug)]
pub struct ReadIds {
    /// UUID (long or short) or name
    #[arg(value_name = "identifier", required = true, value_parser = crate::key::identifier)]
    pub identifier: Vec<String>,
}

super::parse::group_commands! {
mod only_image;
/// `image` subcommands.
#[derive(Subcommand, Debug)]
pub enum ImageCommand {
    /// Print the detailed information of the given objects
    Inspect(ImageNames),
    /// List them
    Ls(QuietArgs),
}
}

/// Full image names.
#[derive(Args, Debug)]
pub struct ImageNames {
    /// Full name, e.g. tutum/mysql
    #[arg(value_name = "identifier", required = true, value_parser = crate::key::repository)]
    pub identifier: Vec<String>,
}

super::parse::group_commands! {
mod only_imagetag;
/// `imagetag` subcommands.
#[derive(Subcommand, Debug)]
pub enum ImageTagCommand {
    /// Print the detailed information of image tags
    Inspect(ImageTagIds),
    /// List the tags of an image
    Ls(ImageTagLsArgs),
}
}

/// `imagetag inspect`.
#[derive(Args, Debug)]
pub struct ImageTagIds {
    /// Image and tag, e.g. tutum/mysql:5.6
    #[arg(value_name = "image:tag", required = true, value_parser = crate::key::image_tag)]
    pub identifier: Vec<String>,
}

/// `imagetag ls`.
#[derive(Args, Debug)]
pub struct ImageTagLsArgs {
    /// Image full name, e.g. tutum/mysql
    #[arg(value_name = "image", value_parser = crate::key::repository)]
    pub image: String,
    #[command(flatten)]
    pub quiet: QuietArgs,
}
