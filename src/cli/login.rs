//! `login`, `logout` and `server` arguments.

use clap::{Args, Subcommand};

/// `login` arguments.
#[derive(Args, Debug)]
#[command(after_help = "\
Login verifies the credentials against the server (SERVER, else DOCKERCLOUD_REST_HOST, else \
the current server, else Docker Cloud), then stores them like `docker login`: in the credential \
helper that the Docker config file names (credsStore or credHelpers), else in \
$DOCKER_CONFIG/config.json (~/.docker/config.json), readable by you only. Each server has its \
own entry: Docker Hub's (https://index.docker.io/v1/) for Docker Cloud, the server's URL for any \
other. The server becomes the current one, used by later commands without \
DOCKERCLOUD_REST_HOST (see `docker-cloud server ls` and `server use`).

Without logging in, you can set DOCKERCLOUD_USER and DOCKERCLOUD_APIKEY (or DOCKERCLOUD_PASS), \
or DOCKERCLOUD_AUTH; these win over stored credentials.

Examples:
  echo \"$APIKEY\" | docker-cloud login -u alice --password-stdin
  docker-cloud login http://127.0.0.1:8080 -u demo")]
pub struct LoginArgs {
    /// REST URL of the server to log in to (default: DOCKERCLOUD_REST_HOST, else the current
    /// server, else https://cloud.docker.com)
    #[arg(value_name = "SERVER")]
    pub server: Option<String>,

    /// Docker ID (prompted for when missing)
    #[arg(short, long, value_name = "USER")]
    pub username: Option<String>,

    /// Read the API key or password from stdin (needs -u)
    #[arg(long, requires = "username")]
    pub password_stdin: bool,
}

/// `logout` arguments.
#[derive(Args, Debug)]
pub struct LogoutArgs {
    /// REST URL of the server to log out of (default: the server commands use)
    #[arg(value_name = "SERVER")]
    pub server: Option<String>,
}

super::parse::group_commands! {
mod only;
/// `server` subcommands.
#[derive(Subcommand, Debug)]
pub enum ServerCommand {
    /// List the servers logged in to; `*` marks the one commands use
    Ls,
    /// Make a server logged in to the one commands use (without DOCKERCLOUD_REST_HOST)
    Use(UseArgs),
}
}

/// `server use` arguments.
#[derive(Args, Debug)]
pub struct UseArgs {
    /// REST URL of the server, as `server ls` shows it
    #[arg(value_name = "SERVER")]
    pub server: String,
}
