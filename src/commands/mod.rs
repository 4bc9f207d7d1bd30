//! Command implementations, and what they share: the per-identifier loop, generic
//! list/inspect/operate paths over the resource table, and the `--sync` wait.

pub mod action;
pub mod completion;
pub mod container;
pub mod event;
pub mod exec;
pub mod login;
pub mod node;
pub mod nodecluster;
pub mod repository;
pub mod service;
pub mod stack;
pub mod tag;
pub mod trigger;
pub mod tutum;

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::api::resolve::{find, resolve, Found};
use crate::api::resource::Resource;
use crate::api::{Client, Reply};
use crate::cli::service::{LogsArgs, OperateArgs, RedeployArgs};
use crate::cli::{Cli, Command, SyncArgs};
use crate::config::Dialect;

use crate::error::{Error, Kind, Result};
use crate::output::{self, Output};

/// What every command works with: the API client and the output settings.
pub struct Ctx {
    /// The REST client.
    pub client: Client,
    /// Output settings (`--json`, `-q`).
    pub out: Output,
}

/// Runs the parsed command line.
pub fn run(cli: Cli, client: Client) -> Result<()> {
    match cli.command {
        Command::Run(args) => service::create(
            &Ctx {
                client,
                out: Output::new(cli.json, false),
            },
            args,
            true,
        ),
        Command::Action(command) => action::run(command, client, cli.json),
        Command::Container(command) => container::run(command, client, cli.json),
        Command::Event => event::run(&client, cli.json),
        Command::Exec(args) => exec::run(&client, &args.identifier, &args.command),
        Command::Service(command) => service::run(command, client, cli.json),
        Command::Stack(command) => stack::run(command, client, cli.json),
        Command::Up(args) => stack::create(
            &Ctx {
                client,
                out: Output::new(cli.json, false),
            },
            args,
            true,
        ),
        Command::Node(command) => node::run(command, client, cli.json),
        Command::Nodecluster(command) => nodecluster::run(command, client, cli.json),
        Command::Repository(command) => repository::run(command, client, cli.json),
        Command::Tag(command) => tag::run(command, client, cli.json),
        Command::Trigger(command) => trigger::run(command, client, cli.json),
        Command::Volume(command) => tutum::read(tutum::Kind::Volume, command, client, cli.json),
        Command::Volumegroup(command) => {
            tutum::read(tutum::Kind::VolumeGroup, command, client, cli.json)
        }
        Command::Image(command) => tutum::image(command, client, cli.json),
        Command::Imagetag(command) => tutum::imagetag(command, client, cli.json),
        Command::Login(_) | Command::Logout if client.config().dialect == Dialect::Tutum => {
            Err(Error::usage(
                "login and logout are only available with the Docker Cloud API: the Tutum \
                 API reads TUTUM_USER and TUTUM_APIKEY (or TUTUM_AUTH)",
            ))
        }
        Command::Login(args) => login::login(&args, &client, cli.debug),
        Command::Logout => login::logout(&client),
        Command::Completion(args) => completion::completion(&args),
        Command::Man(args) => completion::man(&args),
    }
}

/// Runs `each` for every identifier in order. A failure is reported on stderr and the loop
/// goes on; the result is a failure (with nothing left to print) if any identifier failed.
/// Authentication failures, Ctrl-C and a closed stdout end the loop at once.
pub fn for_each_id(
    out: &Output,
    ids: &[String],
    mut each: impl FnMut(&str) -> Result<()>,
) -> Result<()> {
    let mut failed = false;
    for id in ids {
        if let Err(e) = each(id) {
            if e.kind != Kind::Failure || output::is_broken_pipe(&e) {
                return Err(e);
            }
            if !e.message.is_empty() {
                out.note(&e.message);
            }
            failed = true;
        }
    }
    if failed {
        Err(Error::failure(""))
    } else {
        Ok(())
    }
}

/// A string field of an API object (empty when missing or not a string).
pub fn text<'a>(object: &'a Value, key: &str) -> &'a str {
    object.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The object's uuid.
pub fn uuid(object: &Value) -> &str {
    text(object, "uuid")
}

/// The object's `resource_uri`, or an error naming the object when the server sent none.
pub fn resource_uri(object: &Value) -> Result<&str> {
    object
        .get("resource_uri")
        .and_then(Value::as_str)
        .filter(|uri| !uri.is_empty())
        .ok_or_else(|| {
            Error::failure(format!(
                "the server sent an object without resource_uri ({})",
                uuid(object)
            ))
        })
}

/// `inspect ID...`: prints each object as pretty JSON.
pub fn inspect(ctx: &Ctx, resource: &Resource, ids: &[String]) -> Result<()> {
    for_each_id(&ctx.out, ids, |id| {
        let object = resolve(&ctx.client, resource, id)?;
        ctx.out.object(&object)
    })
}

/// What an operation sends to an object.
pub enum Operation<'a> {
    /// `POST {resource_uri}<suffix>/?query`, no body.
    Action(&'a str, &'a [(&'a str, &'a str)]),
    /// `DELETE {resource_uri}`.
    Delete,
}

/// Sends `operation` to an object, then shows the result.
pub fn operate(ctx: &Ctx, object: Value, operation: &Operation, sync: SyncArgs) -> Result<()> {
    let uri = resource_uri(&object)?;
    let reply = match operation {
        Operation::Action(suffix, query) => {
            ctx.client.post(&format!("{uri}{suffix}/"), query, None)?
        }
        Operation::Delete => ctx.client.delete(uri)?,
    };
    show_result(ctx, object, reply, sync)
}

/// `POST`s `body` to the collection of `resource`: the created object and the reply (whose
/// action is the creation's).
pub fn post_new(ctx: &Ctx, resource: &Resource, body: &Value) -> Result<(Value, Reply)> {
    let path = ctx.client.collection_path(resource);
    let mut created = ctx.client.post(&path, &[], Some(body))?;
    let object = created.body.take().ok_or_else(|| {
        Error::failure(format!(
            "the server created no {} (POST {path})",
            resource.label
        ))
    })?;
    Ok((object, created))
}

/// Sends `operation` (`start`, `deploy`) to an object just created; an error keeps its kind
/// and gets `context(uuid)` (which says the object exists) in front of its message.
pub fn follow_up(
    ctx: &Ctx,
    object: &Value,
    operation: &str,
    context: impl FnOnce(&str) -> String,
) -> Result<Reply> {
    resource_uri(object)
        .and_then(|uri| ctx.client.post(&format!("{uri}{operation}/"), &[], None))
        .map_err(|e| Error {
            kind: e.kind,
            message: format!("{}: {}", context(uuid(object)), e.message),
        })
}

/// Shows an operation's outcome: waits for its action with `--sync`, then prints the uuid
/// (or, with `--json`, the object: the reply's, refreshed after a wait). `object` stands in
/// when the reply has no body. A failed or timed-out wait still prints, then fails.
pub fn show_result(ctx: &Ctx, object: Value, reply: Reply, sync: SyncArgs) -> Result<()> {
    let mut object = reply.body.unwrap_or(object);
    let waited = match (&reply.action_uri, sync.sync) {
        (Some(action), true) => Some(wait_action(ctx, action, sync.timeout)),
        _ => None,
    };
    if ctx.out.is_json() {
        if waited.is_some() {
            if let Ok(uri) = resource_uri(&object) {
                if let Some(body) = ctx.client.get_optional(uri)?.and_then(|r| r.body) {
                    object = body;
                }
            }
        }
        ctx.out.object(&object)?;
    } else {
        ctx.out.line(uuid(&object))?;
    }
    waited.unwrap_or(Ok(()))
}

/// Polls an action until it reaches Success (ok), Failed or Canceled (error), or until
/// `timeout_secs` pass. A spinner with the state shows on stderr when it is a terminal.
/// Ctrl-C ends the wait with `Kind::Interrupted` (exit 130), the spinner cleared.
pub fn wait_action(ctx: &Ctx, action_uri: &str, timeout_secs: u64) -> Result<()> {
    crate::signal::install();
    let start = Instant::now();
    let timeout = Duration::from_secs(timeout_secs);
    let mut spinner = Spinner::new();
    let mut delay = Duration::from_millis(200);
    let result = loop {
        let action = ctx
            .client
            .get(action_uri, &[])?
            .body
            .ok_or_else(|| Error::failure(format!("empty action reply (GET {action_uri})")))?;
        let state = text(&action, "state");
        match state.to_ascii_lowercase().as_str() {
            "success" => break Ok(()),
            "failed" | "canceled" => {
                break Err(Error::failure(format!(
                    "Action {} {}: {}",
                    text(&action, "action"),
                    state.to_ascii_lowercase(),
                    uuid(&action)
                )))
            }
            _ => {}
        }
        let elapsed = start.elapsed();
        if elapsed >= timeout {
            break Err(Error::failure(format!(
                "Timed out after {timeout_secs} s waiting for action {action_uri} (state: {state})"
            )));
        }
        spinner.tick(state);
        if !crate::signal::sleep(delay.min(timeout - elapsed)) {
            break Err(Error::interrupted());
        }
        delay = (delay * 3 / 2).min(Duration::from_secs(2));
    };
    spinner.clear();
    result
}

/// A one-line progress indicator on stderr, drawn only when stderr is a terminal.
struct Spinner {
    enabled: bool,
    frame: usize,
}

impl Spinner {
    const FRAMES: [char; 4] = ['|', '/', '-', '\\'];

    fn new() -> Spinner {
        Spinner {
            enabled: std::io::stderr().is_terminal(),
            frame: 0,
        }
    }

    fn tick(&mut self, state: &str) {
        if self.enabled {
            let symbol = Self::FRAMES[self.frame % Self::FRAMES.len()];
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K{symbol} {state}");
            let _ = err.flush();
            self.frame += 1;
        }
    }

    fn clear(&self) {
        if self.enabled && self.frame > 0 {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}

/// Resolves each identifier among `resource`'s objects and applies `operation` to it.
pub fn operate_each(
    ctx: &Ctx,
    resource: &Resource,
    ids: &[String],
    operation: &Operation,
    sync: SyncArgs,
) -> Result<()> {
    for_each_id(&ctx.out, ids, |id| {
        let object = resolve(&ctx.client, resource, id)?;
        operate(ctx, object, operation, sync)
    })
}

/// A list command over `resource` (its columns), for the objects matching `filters` and
/// `keep`. `--json` and `-q` stream page by page (`-q` prints `quiet(object)`); the table
/// waits for every object, so that `rows` can look up what its cells need once for all.
pub fn list(
    ctx: &Ctx,
    resource: &Resource,
    filters: &[(&str, &str)],
    keep: impl Fn(&Value) -> bool,
    quiet: impl Fn(&Value) -> String,
    rows: impl FnOnce(&[Value]) -> Result<Vec<Vec<String>>>,
) -> Result<()> {
    let path = ctx.client.collection_path(resource);
    list_at(ctx, resource, &path, filters, keep, quiet, rows)
}

/// [`list`] of the collection at `path` (a nested one, such as an image's tags).
pub fn list_at(
    ctx: &Ctx,
    resource: &Resource,
    path: &str,
    filters: &[(&str, &str)],
    keep: impl Fn(&Value) -> bool,
    quiet: impl Fn(&Value) -> String,
    rows: impl FnOnce(&[Value]) -> Result<Vec<Vec<String>>>,
) -> Result<()> {
    let table = !ctx.out.is_json() && !ctx.out.is_quiet();
    let mut list = ctx.out.list(resource.columns);
    let mut kept = Vec::new();
    ctx.client
        .list_at(path, filters, crate::api::PAGE_SIZE, |objects| {
            for object in objects.into_iter().filter(|object| keep(object)) {
                if table {
                    kept.push(object);
                } else {
                    list.row(&object, Vec::new(), &quiet(&object))?;
                }
            }
            list.flush()?;
            Ok(true)
        })?;
    if table {
        for (object, cells) in kept.iter().zip(rows(&kept)?) {
            list.row(object, cells, "")?;
        }
    }
    list.finish()
}

/// `redeploy ID...` of `resource`: `POST {RES}redeploy/?reuse_volumes=true`, or `=false`
/// with `--not-reuse-volumes`.
pub fn redeploy(ctx: &Ctx, resource: &Resource, args: &RedeployArgs) -> Result<()> {
    let reuse = (!args.not_reuse_volumes).to_string();
    let query = [("reuse_volumes", reuse.as_str())];
    let operation = Operation::Action("redeploy", &query);
    operate_each(ctx, resource, &args.ids.identifier, &operation, args.sync)
}

/// `logs ID...` of `resource`: each object's log stream in turn, ending after the backlog
/// or, with `--follow`, when the object ends. Ctrl-C while following ends the command (0).
pub fn logs(ctx: &Ctx, resource: &Resource, args: &LogsArgs) -> Result<()> {
    let result = for_each_id(&ctx.out, &args.ids.identifier, |id| {
        let object = resolve(&ctx.client, resource, id)?;
        crate::stream::logs(
            &ctx.client,
            &ctx.out,
            resource,
            uuid(&object),
            args.tail,
            args.follow,
        )
    });
    match result {
        Err(e) if args.follow && e.kind == Kind::Interrupted => Ok(()),
        other => other,
    }
}

/// The one object a list filter (`--stack X`, `--service X`) names, with the filters' own
/// error wording.
pub fn filter_target(client: &Client, resource: &Resource, id: &str) -> Result<Value> {
    match find(client, resource, id)? {
        Found::One(object) => Ok(object),
        Found::None => Err(Error::failure(format!(
            "Identifier '{id}' does not match any {}",
            resource.label
        ))),
        Found::Many => Err(Error::failure(format!(
            "Identifier {id} matches more than one {}, please use UUID instead",
            resource.label
        ))),
    }
}

/// The filters of a `ps`: `state` for `--status`, and `key` for the resource URI of the
/// [`filter_target`] object, if any.
pub fn ps_filters<'a>(
    status: Option<&'a str>,
    key: &'static str,
    target: Option<&'a Value>,
) -> Result<Vec<(&'static str, &'a str)>> {
    let mut filters = Vec::new();
    if let Some(status) = status {
        filters.push(("state", status));
    }
    if let Some(target) = target {
        filters.push((key, resource_uri(target)?));
    }
    Ok(filters)
}

/// `start`/`stop` (`suffix`: `POST {RES}<suffix>/`) or, with no suffix, `terminate`
/// (`DELETE {RES}`) of each identifier of `resource`.
pub fn lifecycle(
    ctx: &Ctx,
    resource: &Resource,
    suffix: Option<&str>,
    args: &OperateArgs,
) -> Result<()> {
    let operation = match suffix {
        Some(suffix) => Operation::Action(suffix, &[]),
        None => Operation::Delete,
    };
    operate_each(ctx, resource, &args.ids.identifier, &operation, args.sync)
}
