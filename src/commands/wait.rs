//! `wait`: blocks until each object reaches a state, as `kubectl wait` does.

use super::ctx::Ctx;
use super::each::for_each_id;
use super::sync::poll;
use crate::api::resolve::resolve;
use crate::api::resource::Resource;
use crate::cli::WaitArgs;
use crate::error::{Error, Result};
use crate::fields::{resource_uri, text, uuid};

/// `wait ID... --state STATE [--timeout SECS]`: for each object in turn, polls it until its
/// state is `STATE` (any case), then prints its uuid (with `--json`, the object). Fails
/// (exit 3) on a timeout, and at once when the object ends (`Terminated`, or gone) while
/// another state is awaited. An object that is gone counts as `Terminated`.
pub fn wait(ctx: &Ctx, resource: &Resource, args: &WaitArgs) -> Result<()> {
    let wanted = args.state.to_ascii_lowercase();
    for_each_id(&ctx.out, &args.ids.identifier, |id| {
        let object = resolve(&ctx.client, resource, id)?;
        let uri = resource_uri(&object)?.to_string();
        let what = format!("{} {id} to be {}", resource.label, args.state);
        let mut reached = None;
        poll(ctx, &uri, args.timeout, &what, |current| {
            let state = match current {
                Some(current) => text(current, "state").to_ascii_lowercase(),
                None => "terminated".to_string(),
            };
            if state == wanted {
                reached = Some(current.cloned().unwrap_or_else(|| object.clone()));
                return Some(Ok(()));
            }
            (state == "terminated").then(|| {
                Err(Error::failure(format!(
                    "{} {id} is Terminated: it will never be {}",
                    resource.label, args.state
                )))
            })
        })?;
        let reached = reached.unwrap_or(object);
        if ctx.out.is_json() {
            ctx.out.object(&reached)
        } else {
            ctx.out.line(uuid(&reached))
        }
    })
}
