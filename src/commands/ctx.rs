//! What every command works with.

use crate::api::Client;
use crate::output::Output;

/// What every command works with: the API client and the output settings.
pub struct Ctx {
    /// The REST client.
    pub client: Client,
    /// Output settings (`--json`, `-q`).
    pub out: Output,
}

impl Ctx {
    /// A context printing JSON with `json`, only identifiers with `quiet`.
    pub fn new(client: Client, json: bool, quiet: bool) -> Ctx {
        Ctx {
            client,
            out: Output::new(json, quiet),
        }
    }
}
