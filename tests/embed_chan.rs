//! Go channels in the host's hands (`minigo::embed::Chan`): made in Rust
//! or in Go, sent on and received from by Rust threads (blocking, with
//! timeouts, as futures), kept alive across collections, and released
//! when the program ends.

use minigo::embed::{Chan, ChanError, HostPackage};
use minigo::Vm;
use std::future::Future;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::{Duration, Instant};

#[path = "common/buf.rs"]
mod buf;
use buf::Buf;

const PROGRAM: &str = r#"package main

import (
	"fmt"
	"runtime"
	"strings"
)

// Square answers each number of in on out, until in is closed.
func Square(in chan int, out chan int) {
	for x := range in {
		out <- x * x
	}
	close(out)
}

// Words gives a buffered channel of strings Go no longer refers to.
func Words(n int) chan string {
	c := make(chan string, n)
	for i := 0; i < n; i++ {
		c <- strings.Repeat(fmt.Sprint(i), 3)
	}
	return c
}

// Churn makes garbage and collects.
func Churn() {
	for i := 0; i < 20; i++ {
		_ = make([]string, 1000)
		runtime.GC()
	}
}

func Echo(in chan string, out chan string) {
	s := <-in
	out <- "echo " + s
}

func Take(c chan int) int { return <-c }

func Join() string { return strings.Join([]string{"a", "b", "c"}, "-") }
"#;

fn instance() -> (Vm, Arc<minigo::Instance>) {
    stressed_instance(false)
}

fn stressed_instance(gc_stress: bool) -> (Vm, Arc<minigo::Instance>) {
    let vm = Vm::builder().gomaxprocs(2).gc_stress(gc_stress).build();
    let program = vm.compile("chans.go", PROGRAM).unwrap();
    let go = Arc::new(vm.start(&program).unwrap());
    (vm, go)
}

#[test]
fn rust_threads_feed_a_go_goroutine_and_read_its_answers() {
    let (_vm, go) = instance();
    let input: Chan<i64> = go.make_chan(0).unwrap();
    let output: Chan<i64> = go.make_chan(4).unwrap();
    assert_eq!((input.capacity(), output.capacity()), (0, 4));
    let g = go.clone();
    let (i, o) = (input.clone(), output.clone());
    let square = std::thread::spawn(move || g.call::<()>("Square", (i, o)));
    let producer = std::thread::spawn(move || {
        for x in 1..=100 {
            input.send(x).unwrap();
        }
        input.close().unwrap();
        assert_eq!(input.close(), Err(ChanError::Closed));
        assert_eq!(input.send(1), Err(ChanError::Closed));
    });
    let mut got = Vec::new();
    loop {
        match output.recv() {
            Ok(v) => got.push(v),
            Err(ChanError::Closed) => break,
            Err(e) => panic!("{e}"),
        }
    }
    producer.join().unwrap();
    square.join().unwrap().unwrap();
    assert_eq!(got, (1..=100).map(|x| x * x).collect::<Vec<_>>());
}

#[test]
fn timeouts_give_up_without_sending_or_taking() {
    let (_vm, go) = instance();
    let c: Chan<i64> = go.make_chan(0).unwrap();
    let t = Instant::now();
    assert_eq!(
        c.recv_timeout(Duration::from_millis(30)),
        Err(ChanError::Timeout)
    );
    assert_eq!(
        c.send_timeout(7, Duration::from_millis(30)),
        Err(ChanError::Timeout)
    );
    assert!(t.elapsed() >= Duration::from_millis(60));
    // The value that timed out was not sent: the next receiver gets 8.
    let g = go.clone();
    let c2 = c.clone();
    let taker = std::thread::spawn(move || g.call::<i64>("Take", (c2,)).unwrap());
    c.send_timeout(8, Duration::from_secs(5)).unwrap();
    assert_eq!(taker.join().unwrap(), 8);
    let buffered: Chan<i64> = go.make_chan(1).unwrap();
    buffered.send_timeout(1, Duration::from_millis(10)).unwrap();
    assert_eq!(buffered.len(), 1);
    assert_eq!(
        buffered.send_timeout(2, Duration::from_millis(10)),
        Err(ChanError::Timeout)
    );
    assert_eq!(buffered.recv().unwrap(), 1);
    assert!(buffered.is_empty());
}

#[test]
fn a_channel_held_by_the_host_keeps_its_values_across_collections() {
    for stress in [false, true] {
        values_survive_collections(stress);
    }
}

/// Under GC stress every allocation collects: a value the host sends,
/// receives or holds in a channel that the collector cannot see would
/// be freed and read back wrong.
fn values_survive_collections(stress: bool) {
    let (_vm, go) = stressed_instance(stress);
    let words: Chan<String> = go.call("Words", 50).unwrap();
    go.call::<()>("Churn", ()).unwrap();
    for i in 0..50 {
        assert_eq!(words.recv().unwrap(), i.to_string().repeat(3));
    }
    // Strings the host sends wait in a goroutine's channel across a
    // collection too.
    let (a, b): (Chan<String>, Chan<String>) = (go.make_chan(1).unwrap(), go.make_chan(1).unwrap());
    a.send("hello".to_string()).unwrap();
    go.call::<()>("Churn", ()).unwrap();
    go.call::<()>("Echo", (a, b.clone())).unwrap();
    assert_eq!(b.recv().unwrap(), "echo hello");
}

/// Polls a future on this thread, parking between polls.
fn block_on<F: Future>(f: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut f = std::pin::pin!(f);
    loop {
        match f.as_mut().poll(&mut cx) {
            Poll::Ready(v) => return v,
            Poll::Pending => std::thread::park_timeout(Duration::from_secs(5)),
        }
    }
}

#[test]
fn futures_send_and_receive_without_blocking_a_thread() {
    let (_vm, go) = instance();
    let input: Chan<i64> = go.make_chan(0).unwrap();
    let output: Chan<i64> = go.make_chan(0).unwrap();
    let g = go.clone();
    let (i, o) = (input.clone(), output.clone());
    let square = std::thread::spawn(move || g.call::<()>("Square", (i, o)));
    for x in [3, 4, 5] {
        block_on(input.send_async(x)).unwrap();
        assert_eq!(block_on(output.recv_async()).unwrap(), x * x);
    }
    input.close().unwrap();
    assert_eq!(block_on(output.recv_async()), Err(ChanError::Closed));
    square.join().unwrap().unwrap();
    // A future dropped before it completes takes nothing.
    let c: Chan<i64> = go.make_chan(1).unwrap();
    {
        let waker = Waker::from(Arc::new(Nop));
        let mut cx = Context::from_waker(&waker);
        let mut f = std::pin::pin!(c.recv_async());
        assert!(f.as_mut().poll(&mut cx).is_pending());
    }
    c.send(9).unwrap();
    assert_eq!(c.recv().unwrap(), 9);
}

struct Nop;
impl Wake for Nop {
    fn wake(self: Arc<Self>) {}
}

#[test]
fn waiting_host_threads_learn_that_the_program_ended() {
    let (_vm, go) = instance();
    let c: Chan<i64> = go.make_chan(0).unwrap();
    let c2 = c.clone();
    let waiter = std::thread::spawn(move || c2.recv());
    std::thread::sleep(Duration::from_millis(50));
    go.cancel_handle().cancel();
    assert_eq!(waiter.join().unwrap(), Err(ChanError::Ended));
    assert_eq!(c.send(1), Err(ChanError::Ended));
}

#[test]
fn a_host_function_may_keep_a_channel_and_send_on_it_later() {
    // main blocks on the channel it handed the host: no deadlock, since
    // the host holds it; a Rust thread sends.
    let pkg = HostPackage::new("host/timer").func("After", |ms: i64, c: Chan<String>| {
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(ms as u64));
            c.send(format!("{ms} ms")).unwrap();
        });
    });
    let out = Buf::default();
    let vm = Vm::builder().package(pkg).stdout(out.clone()).build();
    let program = vm
        .compile(
            "t.go",
            "package main\n\nimport (\n\t\"fmt\"\n\t\"host/timer\"\n)\n\nfunc main() {\n\tc := make(chan string)\n\ttimer.After(30, c)\n\tfmt.Println(<-c)\n}\n",
        )
        .unwrap();
    vm.run(&program).unwrap();
    assert_eq!(out.text(), "30 ms\n");
}

#[test]
fn values_cross_intact_under_gc_stress() {
    let (_vm, go) = stressed_instance(true);
    let input: Chan<String> = go.make_chan(0).unwrap();
    let output: Chan<String> = go.make_chan(0).unwrap();
    let g = go.clone();
    let (i, o) = (input.clone(), output.clone());
    let echo = std::thread::spawn(move || {
        for _ in 0..20 {
            g.call::<()>("Echo", (i.clone(), o.clone())).unwrap();
        }
    });
    for n in 0..20 {
        input.send(format!("word{n}")).unwrap();
        assert_eq!(output.recv().unwrap(), format!("echo word{n}"));
    }
    echo.join().unwrap();
    let words: Vec<String> = (0..5).map(|_| go.call("Join", ()).unwrap()).collect();
    assert!(words.iter().all(|w| w == "a-b-c"), "{words:?}");
}
