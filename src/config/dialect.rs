//! The API dialect, chosen by `--api`, `DOCKERCLOUD_API` or the variables that are set.

use super::env::Env;
use crate::error::{Error, Result};

/// The variable choosing the API dialect (`--api` wins over it).
const API_VAR: &str = "DOCKERCLOUD_API";
/// The variables whose presence selects the Tutum dialect.
const TUTUM_SELECTORS: &[&str] = &[
    "TUTUM_AUTH",
    "TUTUM_APIKEY",
    "TUTUM_PASS",
    "TUTUM_REST_HOST",
    "TUTUM_BASE_URL",
    "TUTUM_STREAM_HOST",
    "TUTUM_STREAM_URL",
];
/// The Docker Cloud variables that conflict with Tutum selectors when no dialect is chosen.
const DOCKERCLOUD_SETTINGS: &[&str] = &[
    "DOCKERCLOUD_AUTH",
    "DOCKERCLOUD_USER",
    "DOCKERCLOUD_APIKEY",
    "DOCKERCLOUD_PASS",
    "DOCKERCLOUD_REST_HOST",
    "DOCKERCLOUD_STREAM_HOST",
    "DOCKERCLOUD_NAMESPACE",
];

/// The API dialect: the Docker Cloud API or its predecessor, the Tutum API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Dialect {
    /// `/api/<subsystem>/v1/[ns/]<resource>/`, Basic auth, `X-DockerCloud-Action-URI`.
    Dockercloud,
    /// `/api/v1/<resource>/`, `ApiKey user:key` auth, `X-Tutum-Action-URI`, streams under
    /// `/v1/` with query authentication.
    Tutum,
}

impl Dialect {
    /// Chooses the dialect: `flag` (`--api`), else `DOCKERCLOUD_API`, else Tutum when any
    /// Tutum selector is set (an error if Docker Cloud settings are set too), else Docker
    /// Cloud.
    pub fn choose(env: &Env, flag: Option<Dialect>) -> Result<Dialect> {
        if let Some(dialect) = flag {
            return Ok(dialect);
        }
        if let Some(value) = env.get(API_VAR) {
            return match value.trim().to_ascii_lowercase().as_str() {
                "tutum" => Ok(Dialect::Tutum),
                "dockercloud" => Ok(Dialect::Dockercloud),
                _ => Err(Error::usage(format!(
                    "{API_VAR}: expected tutum or dockercloud, not '{value}'"
                ))),
            };
        }
        // A key or password selects Tutum together with TUTUM_USER only.
        let paired = |var: &str| !matches!(var, "TUTUM_APIKEY" | "TUTUM_PASS");
        let tutum = TUTUM_SELECTORS
            .iter()
            .find(|var| env.get(var).is_some() && (paired(var) || env.get("TUTUM_USER").is_some()));
        let Some(tutum) = tutum else {
            return Ok(Dialect::Dockercloud);
        };
        match DOCKERCLOUD_SETTINGS
            .iter()
            .find(|var| env.get(var).is_some())
        {
            Some(cloud) => Err(Error::usage(format!(
                "both {tutum} and {cloud} are set: choose the API with --api tutum|dockercloud \
                 or {API_VAR}"
            ))),
            None => Ok(Dialect::Tutum),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::env::env;

    #[test]
    fn dialect_precedence() {
        let choose = |pairs: &[(&str, &str)], flag| Dialect::choose(&env(pairs), flag);
        assert_eq!(choose(&[], None).unwrap(), Dialect::Dockercloud);
        assert_eq!(
            choose(&[("TUTUM_STREAM_URL", "wss://s/v1/")], None).unwrap(),
            Dialect::Tutum
        );
        assert_eq!(
            choose(&[("TUTUM_APIKEY", "k")], None).unwrap(),
            Dialect::Dockercloud
        );
        let both = [("TUTUM_AUTH", "a"), ("DOCKERCLOUD_AUTH", "b")];
        assert_eq!(choose(&both, None).unwrap_err().exit_code(), 2);
        assert_eq!(
            choose(&both, Some(Dialect::Dockercloud)).unwrap(),
            Dialect::Dockercloud
        );
        let var = [
            ("TUTUM_AUTH", "a"),
            ("DOCKERCLOUD_AUTH", "b"),
            (API_VAR, "tutum"),
        ];
        assert_eq!(choose(&var, None).unwrap(), Dialect::Tutum);
        assert_eq!(
            choose(&var, Some(Dialect::Dockercloud)).unwrap(),
            Dialect::Dockercloud
        );
    }
}
