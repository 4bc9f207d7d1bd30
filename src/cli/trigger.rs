//! Arguments of `trigger ...`.

use clap::{Args, Subcommand};

use super::QuietArgs;

super::parse::group_commands! {
mod only;
/// `trigger` subcommands.
#[derive(Subcommand, Debug)]
pub enum TriggerCommand {
    /// Create a trigger on a service
    Create(CreateArgs),
    /// List the triggers of a service
    Ls(LsArgs),
    /// Remove triggers from a service
    Rm(RmArgs),
}
}

/// `trigger create ID`.
#[derive(Args, Debug)]
pub struct CreateArgs {
    /// UUID (long or short), name, or name.stack_name of the service
    #[arg(value_name = "identifier", value_parser = crate::key::identifier)]
    pub identifier: String,
    /// Name of the trigger
    #[arg(short, long, value_parser = crate::values::trigger_name)]
    pub name: Option<String>,
    /// What calling the trigger does (the server's default is REDEPLOY)
    #[arg(short, long, value_name = "OPERATION", ignore_case = true,
          value_parser = ["REDEPLOY", "SCALEUP"])]
    pub operation: Option<String>,
}

/// `trigger ls ID`.
#[derive(Args, Debug)]
pub struct LsArgs {
    /// UUID (long or short), name, or name.stack_name of the service
    #[arg(value_name = "identifier", value_parser = crate::key::identifier)]
    pub identifier: String,
    #[command(flatten)]
    pub quiet: QuietArgs,
}

/// `trigger rm ID TRIGGER...`.
#[derive(Args, Debug)]
pub struct RmArgs {
    /// UUID (long or short), name, or name.stack_name of the service
    #[arg(value_name = "identifier", value_parser = crate::key::identifier)]
    pub identifier: String,
    /// UUID (long or short) or name of a trigger
    #[arg(value_name = "trigger_identifier", required = true, value_parser = crate::key::identifier)]
    pub trigger: Vec<String>,
}
