//! `action ...`.

use super::ctx::Ctx;
use super::inspect::{inspect, logs};
use super::list::Listing;
use super::operate::{operate_each, Operation};
use crate::api::resource::ACTION;
use crate::api::Client;
use crate::cli::action::{ActionCommand, LsArgs};
use crate::cli::SyncArgs;
use crate::error::Result;

/// Actions `action ls` shows when `--last` is absent or 0.
const DEFAULT_LAST: usize = 25;

/// Runs an `action` subcommand.
pub fn run(command: ActionCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, ActionCommand::Ls(args) if args.quiet.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        ActionCommand::Cancel(ids) => act(ctx, &ids.identifier, "cancel"),
        ActionCommand::Inspect(ids) => inspect(ctx, &ACTION, &ids.identifier),
        ActionCommand::Logs(args) => logs(ctx, &ACTION, &args),
        ActionCommand::Ls(args) => ls(ctx, &args),
        ActionCommand::Wait(args) => super::wait::wait(ctx, &ACTION, &args),
        ActionCommand::Retry(ids) => act(ctx, &ids.identifier, "retry"),
    }
}

/// `action cancel|retry`: `operation` on each action `ids` names. These have no --sync: they
/// print the action's uuid at once.
fn act(ctx: &Ctx, ids: &[String], operation: &str) -> Result<()> {
    let no_wait = SyncArgs {
        sync: false,
        timeout: 0,
    };
    operate_each(
        ctx,
        &ACTION,
        ids,
        &Operation::Action(operation, &[]),
        no_wait,
    )
}

/// `action ls`: the first N actions in API order, reading no more pages than needed.
fn ls(ctx: &Ctx, args: &LsArgs) -> Result<()> {
    let last = match args.last {
        0 => DEFAULT_LAST,
        n => n,
    };
    Listing::of(&ACTION).first(last).run(ctx)
}
