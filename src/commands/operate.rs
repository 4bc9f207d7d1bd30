//! Operations on objects: actions, deletion, creation and its follow-up.

use std::collections::HashSet;

use serde_json::Value;

use super::ctx::Ctx;
use super::each::for_each_id;
use super::sync::show_result;
use crate::api::resolve::resolve;
use crate::api::resource::Resource;
use crate::api::Reply;
use crate::cli::SyncArgs;
use crate::cli::{OperateArgs, RedeployArgs};
use crate::error::{Error, Result};
use crate::fields::{resource_uri, uuid};

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

/// Resolves each identifier among `resource`'s objects and applies `operation` to it, once
/// per object: an identifier naming an object already handled is skipped. A deletion is
/// confirmed first on a terminal (see [`confirmed`]).
pub fn operate_each(
    ctx: &Ctx,
    resource: &Resource,
    ids: &[String],
    operation: &Operation,
    sync: SyncArgs,
) -> Result<()> {
    let mut done = HashSet::new();
    for_each_id(&ctx.out, ids, |id| {
        let object = resolve(&ctx.client, resource, id)?;
        if !done.insert(resource_uri(&object)?.to_string()) {
            return Ok(());
        }
        if matches!(operation, Operation::Delete) {
            confirmed("Terminate", resource.label, &object)?;
        }
        operate(ctx, object, operation, sync)
    })
}

/// Asks on a terminal whether to `verb` (`Terminate`, `Remove`) the `label` `object`
/// (`Terminate service 'web' (c9596159)? [y/N]`); a refusal fails for that object. Without
/// a terminal, or with `-y/--yes`, nothing is asked.
pub fn confirmed(verb: &str, label: &str, object: &Value) -> Result<()> {
    let short: String = uuid(object).chars().take(8).collect();
    let name = crate::fields::text(object, "name");
    let what = match (name, short.as_str()) {
        ("", short) => format!("{label} {short}"),
        (name, "") => format!("{label} '{name}'"),
        (name, short) => format!("{label} '{name}' ({short})"),
    };
    if crate::prompt::confirm(&format!("{verb} {what}?")) {
        Ok(())
    } else {
        Err(Error::failure(format!(
            "Not confirmed: {what} was left as it is"
        )))
    }
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

/// `redeploy ID...` of `resource`: `POST {RES}redeploy/?reuse_volumes=true`, or `=false`
/// with `--not-reuse-volumes`.
pub fn redeploy(ctx: &Ctx, resource: &Resource, args: &RedeployArgs) -> Result<()> {
    let reuse = (!args.not_reuse_volumes).to_string();
    let query = [("reuse_volumes", reuse.as_str())];
    let operation = Operation::Action("redeploy", &query);
    operate_each(ctx, resource, &args.ids.identifier, &operation, args.sync)
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
