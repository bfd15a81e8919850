//! The `minigo` command.

mod cli;
mod commands;
mod read;
mod repl;

use std::io::Write;
use std::process::ExitCode;

use cli::{Command, UsageError};

/// The command allocates large trees on worker threads; glibc's per-thread
/// arenas grow a page at a time there (one `mprotect` per 4 KiB), which
/// made parsing a 700 KB file take three times as long as the parsing
/// itself. mimalloc has no such cost. This is the allocator of the `minigo`
/// binary only: programs that embed the library choose their own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let invocation = match cli::parse_args(std::env::args_os().skip(1)) {
        Ok(inv) => inv,
        Err(e) => return usage_error(&e),
    };
    let style = commands::style(invocation.color);
    match invocation.command {
        Command::Run { files, args } => commands::run(&files, &args, style),
        Command::Parse { files } => commands::parse(&files, style),
        Command::Vet { file } => commands::vet(&file, style),
        Command::Version => {
            print_out(&version_line());
            ExitCode::SUCCESS
        }
        Command::Help(topic) => match cli::help_text(topic.as_deref()) {
            Some(text) => {
                print_out(text);
                ExitCode::SUCCESS
            }
            None => {
                let topic = topic.unwrap_or_default();
                print_err(&format!(
                    "minigo help {topic}: unknown help topic. Run 'minigo help'.\n"
                ));
                ExitCode::from(2)
            }
        },
        Command::Repl => repl::main(style),
    }
}

/// `minigo version 0.1.0 linux/amd64 (GOMAXPROCS=8: the CPUs available)`:
/// as `go version`, the platform programs see (runtime.GOOS and GOARCH:
/// minigo's standard library is Go's for linux/amd64), then the
/// GOMAXPROCS they get and where it comes from.
fn version_line() -> String {
    let procs = minigo_runtime::default_gomaxprocs();
    let from_env = std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .is_some_and(|n| n > 0);
    let source = if from_env {
        "from the environment"
    } else {
        "the CPUs available"
    };
    format!(
        "minigo version {} linux/amd64 (GOMAXPROCS={procs}: {source})\n",
        minigo::VERSION
    )
}

fn usage_error(e: &UsageError) -> ExitCode {
    print_err(&format!("{}\n{}\n", e.msg, e.usage));
    ExitCode::from(2)
}

// `print!` panics when the stream is closed (`minigo help | head -1`);
// nothing useful can be done about a failed write, so it is dropped.
fn print_out(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn print_err(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}
