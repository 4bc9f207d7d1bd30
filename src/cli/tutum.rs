//! Arguments of the Tutum-only commands: `volumegroup`, `volume`, `image`, `imagetag`.

use clap::{Args, Subcommand};

use super::node::QuietArgs;

/// `volumegroup`, `volume` and `image` subcommands.
#[derive(Subcommand, Debug)]
pub enum ReadCommand {
    /// Print the detailed information of the given objects
    Inspect(ReadIds),
    /// List them
    Ls(QuietArgs),
}

/// Identifiers of volumes (uuid or prefix), volume groups (uuid, prefix or name) or images
/// (full name).
#[derive(Args, Debug)]
pub struct ReadIds {
    /// UUID (long or short) or name; images: full name such as tutum/mysql
    #[arg(value_name = "identifier", required = true)]
    pub identifier: Vec<String>,
}

/// `imagetag` subcommands.
#[derive(Subcommand, Debug)]
pub enum ImageTagCommand {
    /// Print the detailed information of image tags
    Inspect(ImageTagIds),
    /// List the tags of an image
    Ls(ImageTagLsArgs),
}

/// `imagetag inspect`.
#[derive(Args, Debug)]
pub struct ImageTagIds {
    /// Image and tag, e.g. tutum/mysql:5.6
    #[arg(value_name = "image:tag", required = true)]
    pub identifier: Vec<String>,
}

/// `imagetag ls`.
#[derive(Args, Debug)]
pub struct ImageTagLsArgs {
    /// Image full name, e.g. tutum/mysql
    #[arg(value_name = "image")]
    pub image: String,
    #[command(flatten)]
    pub quiet: QuietArgs,
}
