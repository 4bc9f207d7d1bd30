//! `repository ...`: third-party repositories and their registry credentials.
//!
//! Passwords never reach the output or `--debug` traces: requests carrying one are sent by a
//! client that does not trace, after a redacted trace line.

use std::collections::HashSet;
use std::io::IsTerminal;

use serde_json::{json, Map, Value};

use super::ctx::Ctx;
use super::each::for_each_id;
use super::list::Listing;
use super::operate::confirmed;
use crate::api::resource::REPOSITORY;
use crate::api::{redact_secrets, Client, Reply};
use crate::cli::repository::{Credentials, RepositoryCommand};
use crate::error::{Error, Result};
use crate::fields::text;
use crate::prompt::{password_from_stdin, prompt};

/// Runs a `repository` subcommand.
pub fn run(command: RepositoryCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, RepositoryCommand::Ls(args) if args.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        RepositoryCommand::Inspect(names) => for_each_id(&ctx.out, &names.name, |name| {
            ctx.out.object(&without_password(fetch(&ctx.client, name)?))
        }),
        RepositoryCommand::Ls(_) => Listing::of(&REPOSITORY).run(ctx),
        RepositoryCommand::Register(args) => {
            let name = args.name.as_str();
            let (username, password) = credentials(&args.credentials, true)?;
            let mut body = Map::new();
            body.insert("name".into(), Value::from(name));
            body.insert("username".into(), Value::from(username));
            body.insert("password".into(), Value::from(password));
            let path = ctx.client.collection_path(&REPOSITORY);
            let reply = send_secret(ctx, "POST", &path, body)?;
            show(
                ctx,
                &reply.body.unwrap_or_else(|| json!({ "name": name })),
                name,
            )
        }
        RepositoryCommand::Rm(names) => {
            let mut done = HashSet::new();
            for_each_id(&ctx.out, &names.name, |name| {
                if !done.insert(name.to_string()) {
                    return Ok(());
                }
                let repository = fetch(&ctx.client, name)?;
                confirmed("Remove", "repository", &repository)?;
                ctx.client.delete(&uri_of(ctx, &repository, name))?;
                show(ctx, &repository, name)
            })
        }
        RepositoryCommand::Update(args) => {
            let (username, password) = credentials(&args.credentials, false)?;
            for_each_id(&ctx.out, &args.names.name, |name| {
                let repository = fetch(&ctx.client, name)?;
                let mut body = Map::new();
                if !username.is_empty() && text(&repository, "username") != username {
                    body.insert("username".into(), Value::from(username.as_str()));
                }
                if !password.is_empty() {
                    body.insert("password".into(), Value::from(password.as_str()));
                }
                if body.is_empty() {
                    return show(ctx, &repository, name);
                }
                let uri = uri_of(ctx, &repository, name);
                let reply = send_secret(ctx, "PATCH", &uri, body)?;
                show(ctx, &reply.body.unwrap_or(repository), name)
            })
        }
    }
}

/// `GET …/repository/<name>/`; a 404 is the usual not-found error.
fn fetch(client: &Client, name: &str) -> Result<Value> {
    client
        .get_optional(&client.object_path(&REPOSITORY, name))?
        .and_then(|reply| reply.body)
        .ok_or_else(|| Error::failure(REPOSITORY.not_found(name)))
}

/// The repository's `resource_uri`, or its path when the server sent none.
fn uri_of(ctx: &Ctx, repository: &Value, name: &str) -> String {
    match text(repository, "resource_uri") {
        "" => ctx.client.object_path(&REPOSITORY, name),
        uri => uri.to_string(),
    }
}

/// Prints the outcome for one repository: its name, or with `--json` the object (without
/// any password field).
fn show(ctx: &Ctx, repository: &Value, name: &str) -> Result<()> {
    if !ctx.out.is_json() {
        return ctx.out.line(name);
    }
    ctx.out.object(&without_password(repository.clone()))
}

/// The object without any `password` field.
fn without_password(mut repository: Value) -> Value {
    if let Some(fields) = repository.as_object_mut() {
        fields.remove("password");
    }
    repository
}

/// Sends `body` (which may hold a password) by `method` to `path` with a client that never
/// traces; `--debug` shows the request with the password redacted.
fn send_secret(ctx: &Ctx, method: &str, path: &str, body: Map<String, Value>) -> Result<Reply> {
    let body = Value::Object(body);
    ctx.client.trace(&format!(
        "> {method} {path}\n> {}\n* reply not traced: the request carries a password",
        redact_secrets(&body)
    ));
    let quiet = Client::new(ctx.client.config().clone(), false)?;
    if method == "POST" {
        quiet.post(path, &[], Some(&body))
    } else {
        quiet.patch(path, &body)
    }
}

/// The username and password to send (an empty text stands for "not given"). `register`
/// (`required`) needs both; `update` needs at least one. What is missing is read from stdin:
/// prompted for on a terminal, one line each (username first) from a pipe, as the original
/// client did; the end of input is a usage error, so that scripts never hang.
fn credentials(given: &Credentials, required: bool) -> Result<(String, String)> {
    let mut password = match &given.password {
        Some(password) => password.clone(),
        None if given.password_stdin => password_from_stdin()?,
        None => String::new(),
    };
    let mut username = given.username.clone().unwrap_or_default();
    let need_username = required && username.is_empty();
    let need_password = password.is_empty() && (required || username.is_empty());
    if !need_username && !need_password {
        return Ok((username, password));
    }
    if given.password_stdin {
        return Err(Error::usage(
            "a username is needed: give -u/--username (stdin holds the password)",
        ));
    }
    if std::io::stdin().is_terminal() {
        let wanted = match (need_username, need_password) {
            (true, true) => "username and password",
            (true, false) => "username",
            _ => "password",
        };
        eprintln!("Please input {wanted} of the registry:");
    }
    if need_username {
        username = prompt("Username: ", false)?;
    }
    if need_password {
        password = prompt("Password: ", true)?;
    }
    Ok((username, password))
}
