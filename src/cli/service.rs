//! Arguments of `service ...` and the top-level `run`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{Identifiers, LogsArgs, OperateArgs, RedeployArgs, SyncArgs, UuidsArgs, WaitArgs};
use crate::api::resource::service_states;

super::parse::group_commands! {
mod only;
/// `service` subcommands.
#[derive(Subcommand, Debug)]
pub enum ServiceCommand {
    /// Create a new service (not started)
    Create(CreateArgs),
    /// Service environment variables
    #[command(
        subcommand,
        subcommand_help_heading = "Docker Cloud service env commands"
    )]
    Env(EnvCommand),
    /// Print the detailed information of a service
    Inspect(Identifiers),
    /// Get the logs of a service
    Logs(LogsArgs),
    /// List services
    Ps(PsArgs),
    /// Redeploy a running service with a new version or tag
    Redeploy(RedeployArgs),
    /// Create and run a new service
    Run(CreateArgs),
    /// Scale a running service
    Scale(ScaleArgs),
    /// Change and configure a service
    Set(SetArgs),
    /// Start a stopped service
    Start(OperateArgs),
    /// Stop a running service
    Stop(OperateArgs),
    /// Terminate a service
    Terminate(OperateArgs),
    /// Wait until services reach a state
    Wait(WaitArgs),
}
}

/// Options shared by `service create|run|set` and `run`.
#[derive(Args, Debug, Default)]
pub struct ServiceOptions {
    /// Relative CPU weight of the containers
    #[arg(long, value_name = "N")]
    pub cpushares: Option<u64>,
    /// Memory limit in MB
    #[arg(long, value_name = "MB")]
    pub memory: Option<u64>,
    /// Number of containers to run
    #[arg(short = 't', long, value_name = "N")]
    pub target_num_containers: Option<u32>,
    /// Command run in the containers
    #[arg(short = 'r', long, value_name = "COMMAND")]
    pub run_command: Option<String>,
    /// Entrypoint of the containers
    #[arg(long)]
    pub entrypoint: Option<String>,
    /// Publish a port: [host_port:]container_port[/protocol] (repeatable)
    #[arg(short = 'p', long, value_name = "PORT", allow_hyphen_values = true)]
    pub publish: Vec<String>,
    /// Expose a port to linked services without publishing it (repeatable)
    #[arg(long, value_name = "PORT", allow_hyphen_values = true)]
    pub expose: Vec<String>,
    /// Set an environment variable: KEY=VALUE (repeatable)
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read environment variables from a file (repeatable)
    #[arg(long, value_name = "PATH")]
    pub env_file: Vec<PathBuf>,
    /// Deployment tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Link to a service: SERVICE[.STACK]:ALIAS (repeatable)
    #[arg(long, value_name = "SERVICE:ALIAS")]
    pub link_service: Vec<String>,
    /// Terminate containers when they stop
    #[arg(long, value_parser = ["OFF", "ON_SUCCESS", "ALWAYS"])]
    pub autodestroy: Option<String>,
    /// Restart containers when they stop
    #[arg(long, value_parser = ["OFF", "ON_FAILURE", "ALWAYS"])]
    pub autorestart: Option<String>,
    /// API role granted to the containers, e.g. global (repeatable)
    #[arg(long, value_name = "ROLE")]
    pub role: Vec<String>,
    /// Bind a volume: [host_path:]container_path[:ro|rw] (repeatable)
    #[arg(short = 'v', long, value_name = "VOLUME")]
    pub volume: Vec<String>,
    /// Mount the volumes of another service (repeatable)
    #[arg(long, value_name = "SERVICE", value_parser = crate::key::identifier)]
    pub volumes_from: Vec<String>,
    /// How containers are spread over nodes
    #[arg(long, value_parser = ["EMPTIEST_NODE", "HIGH_AVAILABILITY", "EVERY_NODE"])]
    pub deployment_strategy: Option<String>,
    /// Network mode
    #[arg(long, value_parser = ["bridge", "host"])]
    pub net: Option<String>,
    /// PID mode
    #[arg(long, value_parser = ["none", "host"])]
    pub pid: Option<String>,
}

/// `service create|run` and `run`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  docker-cloud run --name web -p 8080:80 -t 2 tutum/hello-world --sync
  docker-cloud service create --name db -e MYSQL_PASS=secret --env-file db.env tutum/mysql")]
pub struct CreateArgs {
    /// Image used to deploy the service, e.g. tutum/hello-world
    #[arg(value_parser = crate::values::image)]
    pub image: String,
    /// Service name (default: the image name)
    #[arg(short, long, value_parser = crate::values::name)]
    pub name: Option<String>,
    /// Give the containers extended privileges
    #[arg(long)]
    pub privileged: bool,
    /// Redeploy when the image is updated
    #[arg(long)]
    pub autoredeploy: bool,
    /// Deploy containers one by one
    #[arg(long)]
    pub sequential: bool,
    #[command(flatten)]
    pub options: ServiceOptions,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `service ps`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  docker-cloud service ps --status Running
  docker-cloud service ps --stack shop -q
  docker-cloud service ps --jq '.[] | select(.synchronized == false) | .name'")]
pub struct PsArgs {
    #[command(flatten)]
    pub quiet: UuidsArgs,
    /// Filter services by status
    #[arg(short, long, value_parser = service_states())]
    pub status: Option<String>,
    /// Filter services by stack (UUID, short UUID or name)
    #[arg(long, value_name = "STACK", value_parser = crate::key::identifier)]
    pub stack: Option<String>,
}

/// `service scale ID... N`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  docker-cloud service scale web 3 --sync
  docker-cloud service scale web.shop 0")]
pub struct ScaleArgs {
    /// UUID (long or short), name, or name.stack_name
    #[arg(value_name = "identifier", required = true, num_args = 1.., value_parser = crate::key::identifier)]
    pub identifier: Vec<String>,
    /// Target number of containers
    #[arg(value_name = "target-num-containers")]
    pub target: u32,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `service set`.
#[derive(Args, Debug)]
pub struct SetArgs {
    #[command(flatten)]
    pub ids: Identifiers,
    /// New image, e.g. tutum/hello-world:latest
    #[arg(long, value_parser = crate::values::image)]
    pub image: Option<String>,
    /// Give the containers extended privileges
    #[arg(long, overrides_with = "no_privileged")]
    pub privileged: bool,
    /// Remove extended privileges
    #[arg(long)]
    pub no_privileged: bool,
    /// Redeploy when the image is updated
    #[arg(long, overrides_with = "no_autoredeploy")]
    pub autoredeploy: bool,
    /// Do not redeploy when the image is updated
    #[arg(long)]
    pub no_autoredeploy: bool,
    /// Deploy containers one by one
    #[arg(long, overrides_with = "no_sequential")]
    pub sequential: bool,
    /// Deploy containers in parallel
    #[arg(long)]
    pub no_sequential: bool,
    /// Redeploy the service after the change
    #[arg(long)]
    pub redeploy: bool,
    #[command(flatten)]
    pub options: ServiceOptions,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `service env` subcommands.
#[derive(Subcommand, Debug)]
pub enum EnvCommand {
    /// Add new environment variables
    Add(EnvChangeArgs),
    /// List all environment variables of a service
    Ls(EnvLsArgs),
    /// Remove environment variables
    Rm(EnvRmArgs),
    /// Replace all user environment variables
    Set(EnvChangeArgs),
    /// Update existing environment variables with new values
    Update(EnvChangeArgs),
}

/// `service env ls`.
#[derive(Args, Debug)]
pub struct EnvLsArgs {
    /// UUID (long or short), name, or name.stack_name
    #[arg(value_parser = crate::key::identifier)]
    pub identifier: String,
    /// Print only KEY=VALUE lines
    #[arg(short, long)]
    pub quiet: bool,
    /// Show variables defined by the user
    #[arg(long)]
    pub user: bool,
    /// Show variables defined in the image
    #[arg(long)]
    pub image: bool,
    /// Show variables defined by Docker Cloud
    #[arg(long)]
    pub dockercloud: bool,
}

/// `service env add|set|update`.
#[derive(Args, Debug)]
pub struct EnvChangeArgs {
    #[command(flatten)]
    pub ids: Identifiers,
    /// Environment variable: KEY=VALUE (repeatable)
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read environment variables from a file (repeatable)
    #[arg(long, value_name = "PATH")]
    pub env_file: Vec<PathBuf>,
    /// Redeploy the service after the change
    #[arg(long)]
    pub redeploy: bool,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `service env rm`.
#[derive(Args, Debug)]
pub struct EnvRmArgs {
    #[command(flatten)]
    pub ids: Identifiers,
    /// Name of the environment variable to remove (repeatable)
    #[arg(short, long, value_name = "NAME")]
    pub name: Vec<String>,
    /// Redeploy the service after the change
    #[arg(long)]
    pub redeploy: bool,
    #[command(flatten)]
    pub sync: SyncArgs,
}
