//! `action ...`.

use serde_json::Value;

use super::ctx::Ctx;
use super::fields::{text, uuid};
use super::inspect::{inspect, logs};
use super::operate::{operate_each, Operation};
use crate::api::resource::ACTION;
use crate::api::{Client, PAGE_SIZE};
use crate::cli::action::{ActionCommand, LsArgs};
use crate::cli::SyncArgs;
use crate::error::Result;
use crate::output::{self, Output};

/// Actions `action ls` shows when `--last` is absent or 0.
const DEFAULT_LAST: usize = 25;

/// Runs an `action` subcommand.
pub fn run(command: ActionCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, ActionCommand::Ls(args) if args.quiet);
    let ctx = &Ctx {
        client,
        out: Output::new(json, quiet),
    };
    // cancel and retry have no --sync: they print the action's uuid at once.
    let no_wait = SyncArgs {
        sync: false,
        timeout: 0,
    };
    match command {
        ActionCommand::Cancel(ids) => operate_each(
            ctx,
            &ACTION,
            &ids.identifier,
            &Operation::Action("cancel", &[]),
            no_wait,
        ),
        ActionCommand::Inspect(ids) => inspect(ctx, &ACTION, &ids.identifier),
        ActionCommand::Logs(args) => logs(ctx, &ACTION, &args),
        ActionCommand::Ls(args) => ls(ctx, &args),
        ActionCommand::Wait(args) => super::wait::wait(ctx, &ACTION, &args),
        ActionCommand::Retry(ids) => operate_each(
            ctx,
            &ACTION,
            &ids.identifier,
            &Operation::Action("retry", &[]),
            no_wait,
        ),
    }
}

/// `action ls`: the first N actions in API order, reading no more pages than needed.
fn ls(ctx: &Ctx, args: &LsArgs) -> Result<()> {
    let mut left = match args.last {
        0 => DEFAULT_LAST,
        n => n,
    };
    let mut list = ctx.out.list(ACTION.columns);
    ctx.client
        .list(&ACTION, &[], left.min(PAGE_SIZE), |actions| {
            for action in actions.iter().take(left) {
                list.row(action, action_row(action), text(action, ACTION.quiet))?;
            }
            left = left.saturating_sub(actions.len());
            list.flush()?;
            Ok(left > 0)
        })?;
    list.finish()
}

/// One `action ls` row.
fn action_row(action: &Value) -> Vec<String> {
    let date = |key: &str| output::humanize(action.get(key).and_then(Value::as_str));
    // As the original: what follows the first three segments, so the namespace stays:
    // `/api/app/v1/[ns/]service/<uuid>/` -> `[ns/]service/<uuid>`.
    let object = text(action, "object").trim_matches('/');
    let target = object.splitn(4, '/').nth(3).unwrap_or_default().to_string();
    vec![
        output::short_uuid(uuid(action)).to_string(),
        text(action, "action").to_string(),
        date("start_date"),
        date("end_date"),
        target,
        text(action, "ip").to_string(),
        text(action, "location").to_string(),
    ]
}
