//! The Tutum-only read commands: `volumegroup`, `volume`, `image` (ls, inspect) and
//! `imagetag` (ls of one image, inspect of `image:tag`). In the Docker Cloud dialect they
//! fail before any request.

use serde_json::Value;

use super::ctx::Ctx;
use super::each::for_each_id;
use super::inspect::inspect;
use super::list::Listing;
use crate::api::resource::{Resource, IMAGE, IMAGETAG, VOLUME, VOLUMEGROUP};
use crate::api::Client;
use crate::cli::tutum::{ImageCommand, ImageTagCommand, ReadCommand};
use crate::error::{Error, Result};

/// The Tutum-only resources looked up by uuid (or name) with `ls` and `inspect`.
#[derive(Clone, Copy)]
pub enum Kind {
    /// `volume`: by uuid or uuid prefix.
    Volume,
    /// `volumegroup`: by uuid, uuid prefix or name.
    VolumeGroup,
}

impl Kind {
    /// The resource table's row.
    fn resource(self) -> &'static Resource {
        match self {
            Kind::Volume => &VOLUME,
            Kind::VolumeGroup => &VOLUMEGROUP,
        }
    }
}

/// Runs `volume` or `volumegroup` `ls|inspect`.
pub fn read(kind: Kind, command: ReadCommand, client: Client, json: bool) -> Result<()> {
    let resource = kind.resource();
    client.require(resource)?;
    let quiet = matches!(&command, ReadCommand::Ls(args) if args.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        ReadCommand::Inspect(ids) => inspect(ctx, resource, &ids.identifier),
        ReadCommand::Ls(_) => Listing::of(resource).run(ctx),
    }
}

/// Runs `image ls|inspect`; images are named by their full name.
pub fn image(command: ImageCommand, client: Client, json: bool) -> Result<()> {
    client.require(&IMAGE)?;
    let quiet = matches!(&command, ImageCommand::Ls(args) if args.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        ImageCommand::Inspect(names) => for_each_id(&ctx.out, &names.identifier, |name| {
            let path = ctx.client.object_path(&IMAGE, name);
            ctx.out.object(&fetch(ctx, &IMAGE, &path, name)?)
        }),
        ImageCommand::Ls(_) => Listing::of(&IMAGE).run(ctx),
    }
}

/// Runs `imagetag ls IMAGE` or `imagetag inspect IMAGE:TAG...`.
pub fn imagetag(command: ImageTagCommand, client: Client, json: bool) -> Result<()> {
    client.require(&IMAGETAG)?;
    let quiet = matches!(&command, ImageTagCommand::Ls(args) if args.quiet.quiet);
    let ctx = &Ctx::new(client, json, quiet);
    match command {
        ImageTagCommand::Ls(args) => {
            let path = ctx.client.nested_path(&IMAGE, &args.image, &["tag"]);
            Listing::of(&IMAGETAG).at(path).run(ctx)
        }
        ImageTagCommand::Inspect(ids) => for_each_id(&ctx.out, &ids.identifier, |id| {
            // Checked by the argument parser: the last `:` separates the tag.
            let (image, tag) = id.rsplit_once(':').unwrap_or_default();
            let path = ctx.client.nested_path(&IMAGE, image, &["tag", tag]);
            ctx.out.object(&fetch(ctx, &IMAGETAG, &path, id)?)
        }),
    }
}

/// `GET path`; a 404 is `resource`'s not-found error naming `id`.
fn fetch(ctx: &Ctx, resource: &Resource, path: &str, id: &str) -> Result<Value> {
    ctx.client
        .get_optional(path)?
        .and_then(|reply| reply.body)
        .ok_or_else(|| Error::failure(resource.not_found(id)))
}
