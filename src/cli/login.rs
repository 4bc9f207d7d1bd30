//! `login` arguments.

use clap::Args;

/// `login` arguments.
#[derive(Args, Debug)]
#[command(after_help = "\
Login verifies the credentials against the API, then stores them like `docker login`: in the \
credential helper that the Docker config file names (credsStore or credHelpers), else in \
$DOCKER_CONFIG/config.json (~/.docker/config.json), readable by you only.

Without logging in, you can set DOCKERCLOUD_USER and DOCKERCLOUD_APIKEY (or DOCKERCLOUD_PASS), \
or DOCKERCLOUD_AUTH; these win over stored credentials.

Example: echo \"$APIKEY\" | docker-cloud login -u alice --password-stdin")]
pub struct LoginArgs {
    /// Docker ID (prompted for when missing)
    #[arg(short, long, value_name = "USER")]
    pub username: Option<String>,

    /// Read the API key or password from stdin (needs -u)
    #[arg(long, requires = "username")]
    pub password_stdin: bool,
}
