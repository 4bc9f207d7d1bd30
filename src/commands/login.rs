//! `login`, `logout` and `server`: credentials checked against the API, then stored per
//! server where the client reads them (see [`crate::config::DockerConfig::store_login`]), or
//! removed from there; the servers logged in to, listed and switched between.

use std::io::IsTerminal;

use serde_json::json;

use crate::api::resource::ACTION;
use crate::api::Client;
use crate::cli::login::{LoginArgs, LogoutArgs, ServerCommand};
use crate::config::{Config, Server};
use crate::error::{Error, Result};
use crate::output::{Column, Output};
use crate::prompt::{password_from_stdin, prompt};

/// `server ls` columns.
const SERVER_COLUMNS: &[Column] = &[
    Column::id("CURRENT"),
    Column::id("SERVER"),
    Column::text("USER"),
];

/// The settings of the server a `login` or `logout` names, else of the one in use.
fn target(client: &Client, server: Option<&str>) -> Result<Config> {
    match server {
        Some(url) => client.config().at_server(url),
        None => Ok(client.config().clone()),
    }
}

/// `login`: checks that the Docker config file can take credentials, reads a Docker ID and
/// its API key (or password), checks them with one authenticated request (401 stores nothing
/// and fails with `Not authorized`), then stores them under the server's entry and makes the
/// server the current one. `debug` traces that request, credentials redacted.
pub fn login(args: &LoginArgs, client: &Client, debug: bool) -> Result<()> {
    let config = target(client, args.server.as_deref())?;
    let file = config.docker_config()?;
    let key = config.credential_key();
    file.login_store(&key)?;
    let mut servers = config.servers()?;
    let (user, secret) = credentials(args)?;
    let check = Client::new(config.with_login(&user, &secret), debug)?;
    check.get(&check.collection_path(&ACTION), &[("limit", "1")])?;
    let store = file.store_login(&key, &user, &secret)?;
    let stream_host = match args.server {
        Some(_) => None,
        None => config.stream_host_set().map(str::to_string),
    };
    servers.remember(Server {
        url: config.rest_host.clone(),
        user: user.clone(),
        stream_host,
    });
    servers.save()?;
    let out = Output::new(false, false);
    out.note(&format!(
        "Login Succeeded: {user} at {}, stored in {store}",
        config.rest_host
    ));
    if let Some(var) = config.env_credentials() {
        out.note(&format!(
            "Note: {var} is set and is used instead of the stored credentials"
        ));
    }
    Ok(())
}

/// `logout`: removes the stored credentials of the server and forgets it; having none is not
/// an error.
pub fn logout(args: &LogoutArgs, client: &Client) -> Result<()> {
    let config = target(client, args.server.as_deref())?;
    let erased = config
        .docker_config()?
        .erase_login(&config.credential_key())?;
    let mut servers = config.servers()?;
    if servers.forget(&config.rest_host) {
        servers.save()?;
    }
    let out = Output::new(false, false);
    let url = &config.rest_host;
    match erased {
        Some(store) => out.note(&format!("Removed the credentials for {url} from {store}")),
        None => out.note(&format!(
            "Not logged in to {url}: no stored credentials to remove"
        )),
    }
    if let Some(var) = config.env_credentials() {
        out.note(&format!("Note: {var} is still set and still gives access"));
    }
    Ok(())
}

/// `server ls` and `server use`.
pub fn server(command: ServerCommand, client: &Client, json: bool) -> Result<()> {
    let config = client.config();
    let mut servers = config.servers()?;
    let out = Output::new(json, false);
    match command {
        ServerCommand::Ls => {
            let mut list = out.list(SERVER_COLUMNS);
            for server in servers.list() {
                let current = server.url == config.rest_host;
                let object = json!({
                    "url": server.url,
                    "user": server.user,
                    "stream_host": server.stream_host,
                    "current": current,
                });
                let mark = if current { "*" } else { "" };
                let cells = vec![mark.to_string(), server.url.clone(), server.user.clone()];
                list.row(&object, cells, &server.url)?;
            }
            list.finish()
        }
        ServerCommand::Use(args) => {
            let url = config.at_server(&args.server)?.rest_host;
            servers.switch(&url)?;
            servers.save()?;
            out.note(&format!("Using {url}"));
            if config.rest_host_from_env() {
                out.note("Note: DOCKERCLOUD_REST_HOST is set and wins over the current server");
            }
            Ok(())
        }
    }
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
