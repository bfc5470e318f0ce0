//! The `fagui` command: a thin layer over the library (see `fagui --help`).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
