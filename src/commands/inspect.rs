//! Reading objects one by one: `inspect` and `logs` over the resource table.

use super::ctx::Ctx;
use super::each::for_each_id;
use crate::api::resolve::resolve;
use crate::api::resource::Resource;
use crate::cli::LogsArgs;
use crate::error::{Kind, Result};
use crate::fields::uuid;

/// `inspect ID...`: prints each object as pretty JSON.
pub fn inspect(ctx: &Ctx, resource: &Resource, ids: &[String]) -> Result<()> {
    for_each_id(&ctx.out, ids, |id| {
        let object = resolve(&ctx.client, resource, id)?;
        ctx.out.object(&object)
    })
}

/// `logs ID...` of `resource`: each object's log stream in turn, ending after the backlog
/// or, with `--follow`, when the object ends. Ctrl-C while following ends the command (0).
pub fn logs(ctx: &Ctx, resource: &Resource, args: &LogsArgs) -> Result<()> {
    let result = for_each_id(&ctx.out, &args.ids.identifier, |id| {
        let object = resolve(&ctx.client, resource, id)?;
        let options = crate::stream::LogOptions {
            tail: args.tail,
            follow: args.follow,
            since: args.since,
            timestamps: args.timestamps,
        };
        crate::stream::logs(&ctx.client, &ctx.out, resource, uuid(&object), options)
    });
    match result {
        Err(e) if args.follow && e.kind == Kind::Interrupted => Ok(()),
        other => other,
    }
}
