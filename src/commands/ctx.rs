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
