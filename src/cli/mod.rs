//! Command-line arguments: the top-level parser and one module per command group.

pub mod action;
pub mod completion;
pub mod container;
pub mod event;
pub mod login;
pub mod node;
pub mod nodecluster;
pub mod repository;
pub mod service;
pub mod stack;
pub mod tag;
pub mod trigger;
pub mod tutum;

mod parse;

use clap::{ArgAction, Args, Parser, Subcommand};

pub use parse::parse;

/// The parsed command line.
pub type Cli = CommandLine<Command>;

/// Docker Cloud CLI
#[derive(Parser, Debug)]
#[command(
    name = "docker-cloud",
    version,
    disable_version_flag = true,
    arg_required_else_help = true,
    subcommand_help_heading = "Docker Cloud CLI commands",
    after_help = "Credentials: `docker-cloud login`, or DOCKERCLOUD_USER with DOCKERCLOUD_APIKEY \
                  (or DOCKERCLOUD_PASS), or DOCKERCLOUD_AUTH.\nHosts: DOCKERCLOUD_REST_HOST, \
                  DOCKERCLOUD_STREAM_HOST; timeouts: DOCKERCLOUD_TIMEOUT, \
                  DOCKERCLOUD_CONNECT_TIMEOUT (seconds).\nTutum API (see --api): TUTUM_USER \
                  with TUTUM_APIKEY (or TUTUM_PASS), or TUTUM_AUTH; hosts TUTUM_REST_HOST or \
                  TUTUM_BASE_URL, TUTUM_STREAM_HOST or TUTUM_STREAM_URL."
)]
pub struct CommandLine<C: Subcommand> {
    /// Print the version and exit
    #[arg(short = 'v', long = "version", action = ArgAction::Version)]
    version: Option<bool>,

    /// Print JSON: lists as one array, objects and results of operations as objects
    #[arg(long, global = true)]
    pub json: bool,

    /// Answer yes to confirmations: terminate and rm ask on a terminal (never without one)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Filter the JSON output with a jq expression (implies --json); strings print raw, other
    /// values as compact JSON, one per line
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// Trace every HTTP request and response on stderr (credentials redacted)
    #[arg(long, global = true)]
    pub debug: bool,

    /// Never cut table cells to the terminal's width, and show uuids whole
    #[arg(long, global = true)]
    pub no_trunc: bool,

    /// Namespace (organization) to act in; overrides DOCKERCLOUD_NAMESPACE
    #[arg(long, global = true, value_name = "NS")]
    pub namespace: Option<String>,

    /// API dialect; overrides DOCKERCLOUD_API. Without either, any of TUTUM_USER with
    /// TUTUM_APIKEY or TUTUM_PASS, TUTUM_AUTH, TUTUM_REST_HOST, TUTUM_BASE_URL,
    /// TUTUM_STREAM_HOST, TUTUM_STREAM_URL selects tutum (an error if DOCKERCLOUD_*
    /// credentials, hosts or namespace are set too); else dockercloud
    #[arg(long, global = true, value_name = "API", value_enum)]
    pub api: Option<crate::config::Dialect>,

    /// Allow sending credentials over plain http:// or ws:// to a host that is not loopback
    /// (also DOCKERCLOUD_INSECURE_HTTP=1)
    #[arg(long, global = true)]
    pub insecure_http: bool,

    #[command(subcommand)]
    pub command: C,
}

parse::top_level_commands! {
/// The top-level commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Action-related operations
    #[command(subcommand, subcommand_help_heading = "Docker Cloud action commands")]
    Action(action::ActionCommand),
    /// Print the shell completion script for bash, zsh, fish, powershell or elvish
    Completion(completion::CompletionArgs),
    /// Container-related operations
    #[command(
        subcommand,
        subcommand_help_heading = "Docker Cloud container commands"
    )]
    Container(container::ContainerCommand),
    /// Get real time Docker Cloud events
    Event(event::EventArgs),
    /// Run a command in a running container
    Exec(container::ExecArgs),
    /// Image-related operations (Tutum API only)
    #[command(subcommand, subcommand_help_heading = "Tutum image commands")]
    Image(tutum::ImageCommand),
    /// Image tag-related operations (Tutum API only)
    #[command(subcommand, subcommand_help_heading = "Tutum imagetag commands")]
    Imagetag(tutum::ImageTagCommand),
    /// Check a Docker ID and API key (or password) and store them for later commands
    Login(login::LoginArgs),
    /// Remove the stored credentials of a server and forget it
    Logout(login::LogoutArgs),
    /// Print a manual page (roff), e.g. `docker-cloud man service ps | man -l -`
    Man(completion::ManArgs),
    /// Node-related operations
    #[command(subcommand, subcommand_help_heading = "Docker Cloud node commands")]
    Node(node::NodeCommand),
    /// Node cluster-related operations
    #[command(
        subcommand,
        subcommand_help_heading = "Docker Cloud nodecluster commands"
    )]
    Nodecluster(nodecluster::NodeClusterCommand),
    /// Repository-related operations
    #[command(
        subcommand,
        subcommand_help_heading = "Docker Cloud repository commands"
    )]
    Repository(repository::RepositoryCommand),
    /// Create and run a new service (same as `service run`)
    Run(service::CreateArgs),
    /// The servers logged in to: list them, switch between them
    #[command(subcommand, subcommand_help_heading = "Docker Cloud server commands")]
    Server(login::ServerCommand),
    /// Service-related operations
    #[command(subcommand, subcommand_help_heading = "Docker Cloud service commands")]
    Service(service::ServiceCommand),
    /// Stack-related operations
    #[command(subcommand, subcommand_help_heading = "Docker Cloud stack commands")]
    Stack(stack::StackCommand),
    /// Tag-related operations
    #[command(subcommand, subcommand_help_heading = "Docker Cloud tag commands")]
    Tag(tag::TagCommand),
    /// Trigger-related operations
    #[command(subcommand, subcommand_help_heading = "Docker Cloud trigger commands")]
    Trigger(trigger::TriggerCommand),
    /// Create and start a stack from stackfiles (same as `stack up`)
    Up(stack::CreateArgs),
    /// Volume-related operations (Tutum API only)
    #[command(subcommand, subcommand_help_heading = "Tutum volume commands")]
    Volume(tutum::ReadCommand),
    /// Volume group-related operations (Tutum API only)
    #[command(subcommand, subcommand_help_heading = "Tutum volumegroup commands")]
    Volumegroup(tutum::ReadCommand),
}
}

/// `--sync` and its `--timeout`.
#[derive(Args, Debug, Clone, Copy)]
pub struct SyncArgs {
    /// Block until the asynchronous operation has finished
    #[arg(long)]
    pub sync: bool,

    /// With --sync: give up waiting after SECS seconds
    #[arg(long, value_name = "SECS", default_value_t = 300, requires = "sync")]
    pub timeout: u64,
}

/// `wait ID... --state STATE [--timeout SECS]`.
#[derive(Args, Debug, Clone)]
#[command(
    after_help = "Exit status: 0 once every object is in STATE, 3 on a timeout (or when an \
object is terminated first).\n\nExample: docker-cloud service wait web --state Running --timeout 120"
)]
pub struct WaitArgs {
    #[command(flatten)]
    pub ids: Identifiers,
    /// The state to wait for, e.g. Running, Stopped, Terminated (actions: Success)
    #[arg(long, value_name = "STATE")]
    pub state: String,
    /// Give up after SECS seconds (exit 3)
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    pub timeout: u64,
}

/// One or more identifiers: uuid, short uuid, name, or `name.stack`.
#[derive(Args, Debug, Clone)]
pub struct Identifiers {
    /// UUID (long or short), name, or name.stack_name
    #[arg(value_name = "identifier", required = true, value_parser = crate::key::identifier)]
    pub identifier: Vec<String>,
}

/// `start|stop|terminate` of services, stacks and containers, and `nodecluster rm`.
#[derive(Args, Debug)]
pub struct OperateArgs {
    #[command(flatten)]
    pub ids: Identifiers,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `redeploy` of services, stacks and containers.
#[derive(Args, Debug)]
pub struct RedeployArgs {
    #[command(flatten)]
    pub ids: Identifiers,
    /// Do not reuse the volumes of the old containers
    #[arg(long)]
    pub not_reuse_volumes: bool,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `service logs`, `container logs` and `action logs`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  docker-cloud service logs web --tail 50
  docker-cloud container logs web-1 -f --since 10m --timestamps")]
pub struct LogsArgs {
    #[command(flatten)]
    pub ids: Identifiers,
    /// Number of lines to show from the end of the logs
    #[arg(short, long, value_name = "N")]
    pub tail: Option<u32>,
    /// Follow log output until the object ends (or Ctrl-C)
    #[arg(short, long)]
    pub follow: bool,
    /// Only lines logged since then: a duration ago (30s, 10m, 2h, 1d), an RFC 3339 time or
    /// Unix seconds (among the lines the server sends: the last 300 unless --tail)
    #[arg(long, value_name = "WHEN", value_parser = crate::values::since)]
    pub since: Option<i64>,
    /// Show each line's time (RFC 3339, UTC) in front of it
    #[arg(long)]
    pub timestamps: bool,
}

/// A list command's `-q`.
#[derive(Args, Debug)]
pub struct QuietArgs {
    /// Print only the identifying value of each row
    #[arg(short, long)]
    pub quiet: bool,
}

/// The `-q` of a list command whose rows are identified by uuid.
#[derive(Args, Debug)]
pub struct UuidsArgs {
    /// Print only long UUIDs
    #[arg(short, long)]
    pub quiet: bool,
}
