//! The data a server starts from when its state is new, and returns to when reset: a JSON
//! seed file (`--seed-file`) or a named seed (`--seed`).

use std::path::PathBuf;

use crate::store::Store;

/// Where initial data comes from.
#[derive(Clone, Debug)]
pub enum Initial {
    /// A JSON seed file.
    File(PathBuf),
    /// A named seed: `demo`, `empty` or `scale:N`.
    Seed(String),
}

impl Initial {
    /// `--seed-file`, else `--seed` (by default `demo` with the simulation and `empty` with
    /// a real runtime, which cannot run simulated objects).
    pub fn from_args(args: &crate::args::Args, runtime: &str) -> Result<Initial, String> {
        if let Some(path) = &args.seed_file {
            return Ok(Initial::File(path.clone()));
        }
        let default = if runtime == "sim" { "demo" } else { "empty" };
        let seed = args.seed.as_deref().unwrap_or(default);
        if seed != "empty" && runtime != "sim" {
            return Err(format!(
                "--seed {seed} makes simulated objects: use it with --runtime sim"
            ));
        }
        Ok(Initial::Seed(seed.to_string()))
    }

    /// Puts the initial data into `store` (made for `owner`); gives a note saying where it
    /// came from.
    pub fn fill(&self, store: &mut Store, owner: &str) -> Result<String, String> {
        match self {
            Initial::File(path) => {
                let logs = store.restore(crate::persist::load_seed(path)?);
                for (key, lines) in logs {
                    for line in lines {
                        store.restore_log(&key, line);
                    }
                }
                crate::seed::ensure_catalog(store);
                Ok(format!("state loaded from {}", path.display()))
            }
            Initial::Seed(seed) => {
                crate::seed::seed(store, seed, owner)?;
                Ok(format!("seed: {seed}"))
            }
        }
    }
}
