//! `login` and `logout`: credentials checked against the API, then stored where the client
//! reads them (see [`crate::config::DockerConfig::store_login`]), or removed from there.

use std::io::IsTerminal;

use crate::api::resource::ACTION;
use crate::api::Client;
use crate::cli::login::LoginArgs;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::prompt::{password_from_stdin, prompt};

/// `login`: checks that the Docker config file can take credentials, reads a Docker ID and
/// its API key (or password), checks them with one authenticated request (401 stores nothing
/// and fails with `Not authorized`), then stores them. `debug` traces that request,
/// credentials redacted.
pub fn login(args: &LoginArgs, client: &Client, debug: bool) -> Result<()> {
    let file = client.config().docker_config()?;
    file.login_store()?;
    let (user, secret) = credentials(args)?;
    let check = Client::new(client.config().with_login(&user, &secret), debug)?;
    check.get(&check.collection_path(&ACTION), &[("limit", "1")])?;
    let store = file.store_login(&user, &secret)?;
    let out = Output::new(false, false);
    out.note(&format!("Login Succeeded: {user}, stored in {store}"));
    if let Some(var) = client.config().env_credentials() {
        out.note(&format!(
            "Note: {var} is set and is used instead of the stored credentials"
        ));
    }
    Ok(())
}

/// `logout`: removes the stored credentials; having none is not an error.
pub fn logout(client: &Client) -> Result<()> {
    let out = Output::new(false, false);
    match client.config().docker_config()?.erase_login()? {
        Some(store) => out.note(&format!(
            "Removed the Docker Cloud credentials from {store}"
        )),
        None => out.note("Not logged in: no stored credentials to remove"),
    }
    if let Some(var) = client.config().env_credentials() {
        out.note(&format!("Note: {var} is still set and still gives access"));
    }
    Ok(())
}

/// The user and secret: `-u` with `--password-stdin`, or prompted for on a terminal (the
/// secret with echo off). Without a terminal and without `--password-stdin` this is a usage
/// error, so that scripts never hang. A given user name is checked before anything is read.
fn credentials(args: &LoginArgs) -> Result<(String, String)> {
    if let Some(user) = &args.username {
        check_user(user)?;
    }
    if args.password_stdin {
        let user = args.username.clone().unwrap_or_default();
        return Ok((user, password_from_stdin()?));
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::usage(
            "stdin is not a terminal to prompt on: give -u/--username and pipe the API key \
             with --password-stdin",
        ));
    }
    let user = match &args.username {
        Some(user) => user.clone(),
        None => prompt("Username: ", false)?,
    };
    check_user(&user)?;
    Ok((user, prompt("API key or password: ", true)?))
}

/// A user name Basic authentication can carry: not blank, without `:`.
fn check_user(user: &str) -> Result<()> {
    if user.trim().is_empty() || user.contains(':') {
        return Err(Error::usage(format!(
            "invalid username '{user}': it cannot be empty or contain ':'"
        )));
    }
    Ok(())
}
