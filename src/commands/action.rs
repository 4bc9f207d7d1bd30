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
use crate::output::Output;

/// Actions `action ls` shows when `--last` is absent or 0.
const DEFAULT_LAST: usize = 25;

/// Runs an `action` subcommand.
pub fn run(command: ActionCommand, client: Client, json: bool) -> Result<()> {
    let quiet = matches!(&command, ActionCommand::Ls(args) if args.quiet.quiet);
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
    let last = match args.last {
        0 => DEFAULT_LAST,
        n => n,
    };
    Listing::of(&ACTION).first(last).run(ctx)
}
