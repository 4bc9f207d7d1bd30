//! The `docker-cloud-server` binary: parses the command line and serves.

use std::process::ExitCode;

use clap::Parser;
use docker_cloud_server::Args;

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("docker-cloud-server: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(docker_cloud_server::serve(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("docker-cloud-server: {e}");
            ExitCode::from(1)
        }
    }
}
