//! The REPL as a person uses it: `minigo` in a pseudo-terminal, driven by
//! keystrokes, its screen read through a terminal emulator (vt100).

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ROWS: u16 = 40;
const COLS: u16 = 100;

/// `minigo` on the slave side of a pty; its screen as the master sees it.
struct Terminal {
    master: std::fs::File,
    child: Child,
    screen: vt100::Parser,
}

impl Terminal {
    /// `None` where the system has no pseudo-terminals to give.
    fn start(home: &std::path::Path) -> Option<Terminal> {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize {
            ws_row: ROWS,
            ws_col: COLS,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty writes two descriptors; the pointers are valid.
        let r = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        if r != 0 {
            return None;
        }
        // SAFETY: both descriptors were just opened and are ours.
        let (master, slave) =
            unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let fd = slave.as_raw_fd();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
        cmd.env("HOME", home)
            .env("TERM", "xterm")
            .env("GOMAXPROCS", "2")
            .env_remove("NO_COLOR")
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        // SAFETY: setsid and ioctl are async-signal-safe; the child gets
        // the pty as its controlling terminal, so Ctrl-C is a SIGINT.
        unsafe {
            cmd.pre_exec(move || {
                if libc::setsid() < 0 || libc::ioctl(fd, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("minigo starts");
        let master = std::fs::File::from(master);
        // SAFETY: fcntl on a descriptor we own.
        unsafe {
            let fl = libc::fcntl(master.as_raw_fd(), libc::F_GETFL);
            libc::fcntl(master.as_raw_fd(), libc::F_SETFL, fl | libc::O_NONBLOCK);
        }
        Some(Terminal {
            master,
            child,
            screen: vt100::Parser::new(ROWS, COLS, 0),
        })
    }

    /// Reads what minigo printed so far into the screen.
    fn pump(&mut self) {
        let mut buf = [0u8; 4096];
        loop {
            match self.master.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => self.screen.process(&buf[..n]),
                Err(_) => break,
            }
        }
    }

    fn contents(&self) -> String {
        self.screen.screen().contents()
    }

    /// Waits until the screen shows `want` `times` times.
    fn expect_n(&mut self, want: &str, times: usize) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            self.pump();
            if self.contents().matches(want).count() >= times {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the screen never showed {want:?} ({times} times):\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn expect(&mut self, want: &str) {
        self.expect_n(want, 1);
    }

    /// Types keys (with a pause, as a person would, so the line editor
    /// sees them one burst at a time).
    fn keys(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
        std::thread::sleep(Duration::from_millis(50));
    }

    /// The prompt shows `n` times: the entry before it finished.
    fn prompts(&mut self, n: usize) {
        self.expect_n("minigo> ", n);
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_session_at_the_terminal() {
    let home = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("repl-home");
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    let Some(mut t) = Terminal::start(&home) else {
        eprintln!("skipped: openpty failed (no pseudo-terminals here)");
        return;
    };
    t.prompts(1);

    // A function typed over three lines: the prompt goes on while the
    // body is open.
    t.keys("func add(a, b int) int {\r");
    t.keys("return a + b\r");
    t.keys("}\r");
    t.prompts(2);
    t.keys("add(2, 3)\r");
    t.expect("5 (int)");
    t.prompts(3);

    // Variables persist; an expression prints its value and type.
    t.keys("x := add(1, 1) * 10\r");
    t.prompts(4);
    t.keys("x\r");
    t.expect("20 (int)");
    t.prompts(5);

    // A type error, reported against the entry, keeps the session.
    t.keys("var s string = x\r");
    t.expect("cannot use x (variable of type int) as string value in variable declaration");
    t.prompts(6);

    // A goroutine prints while the prompt waits, above the line being
    // edited, which stays as it was.
    t.keys("go func() { time.Sleep(500 * time.Millisecond); fmt.Println(\"later\", x) }()\r");
    t.prompts(7);
    t.keys("x + 1");
    t.expect("later 20");
    std::thread::sleep(Duration::from_millis(100));
    t.pump();
    let screen = t.contents();
    let later = screen.find("later 20").unwrap();
    assert!(screen[later..].contains("minigo> x + 1"), "{screen}");
    t.keys("\r");
    t.expect("21 (int)");
    t.prompts(8);

    // Ctrl-C stops an endless loop; the session goes on.
    t.keys("for {}\r");
    std::thread::sleep(Duration::from_millis(300));
    t.keys("\x03");
    t.expect("interrupted");
    t.prompts(9);
    t.keys("x * 2\r");
    t.expect("40 (int)");
    t.prompts(10);

    // Up recalls the last entry.
    t.keys("\x1b[A");
    t.keys("\r");
    t.expect_n("40 (int)", 2);
    t.prompts(11);

    // Tab completes a package's members; :doc shows one's declaration.
    t.keys("strings.Fie\t");
    t.expect("minigo> strings.Fields");
    t.keys("(\"a b\")\r");
    t.expect("[a b] ([]string)");
    t.prompts(12);
    t.keys(":doc strings.Fields\r");
    t.expect("func Fields(s string) []string");
    t.prompts(13);

    // Ctrl-D leaves, and the history is kept.
    t.keys("\x04");
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = t.child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "minigo did not exit on Ctrl-D");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    let history = std::fs::read_to_string(home.join(".minigo_history")).unwrap();
    assert!(history.contains("x * 2"), "{history}");
}
