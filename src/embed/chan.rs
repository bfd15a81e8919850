//! Go channels in the host's hands: [`Chan<T>`], a channel of a running
//! program that Rust threads send on and receive from, blocking, with a
//! timeout, or as futures.
//!
//! A `Chan` comes from [`Instance::make_chan`](super::Instance::make_chan)
//! or from Go (a function's result, a variable, a host function's
//! argument), and goes to Go as an argument or a variable. While any
//! handle lives, the channel and what its buffer holds stay alive, and
//! the program is never declared deadlocked (the host may still send).
//! Values cross as [`ToGo`]/[`FromGo`] convert them. When the program
//! ends, waiting operations return [`ChanError::Ended`].

use super::{FromGo, GoType, ToGo, Value};
pub use minigo_vm::embed::ChanError;
use minigo_vm::embed::ChanRef;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

/// A channel of Go values of type `T` (`chan T`), usable from any thread.
///
/// ```
/// let vm = minigo::Vm::builder().gomaxprocs(2).build();
/// let program = vm
///     .compile("sum.go", "package main\n\nfunc Sum(in chan int, out chan int) {\n\tt := 0\n\tfor x := range in {\n\t\tt += x\n\t}\n\tout <- t\n}\n")
///     .unwrap();
/// let go = std::sync::Arc::new(vm.start(&program).unwrap());
/// let (input, output) = (go.make_chan::<i64>(0).unwrap(), go.make_chan::<i64>(1).unwrap());
/// let g = go.clone();
/// let (i, o) = (input.clone(), output.clone());
/// let summer = std::thread::spawn(move || g.call::<()>("Sum", (i, o)));
/// for x in 1..=10 {
///     input.send(x).unwrap();
/// }
/// input.close().unwrap();
/// assert_eq!(output.recv().unwrap(), 55);
/// summer.join().unwrap().unwrap();
/// ```
pub struct Chan<T> {
    inner: ChanRef,
    elem: PhantomData<fn(T) -> T>,
}

impl<T> Clone for Chan<T> {
    fn clone(&self) -> Chan<T> {
        Chan {
            inner: self.inner.clone(),
            elem: PhantomData,
        }
    }
}

impl<T> std::fmt::Debug for Chan<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_struct("Chan")
            .field("cap", &self.inner.chan.cap)
            .finish_non_exhaustive()
    }
}

impl<T: ToGo + FromGo> Chan<T> {
    pub(crate) fn from_ref(inner: ChanRef) -> Chan<T> {
        Chan {
            inner,
            elem: PhantomData,
        }
    }

    /// `ch <- v`: waits until a receiver takes it or the buffer has room.
    pub fn send(&self, v: T) -> Result<(), ChanError> {
        self.inner.send(&v.to_go(), None)
    }

    /// [`Chan::send`], giving up after `timeout` ([`ChanError::Timeout`];
    /// the value was not sent).
    pub fn send_timeout(&self, v: T, timeout: Duration) -> Result<(), ChanError> {
        self.inner.send(&v.to_go(), Some(Instant::now() + timeout))
    }

    /// `<-ch`: waits for a value; [`ChanError::Closed`] once the channel
    /// is closed and drained.
    pub fn recv(&self) -> Result<T, ChanError> {
        Self::received(self.inner.recv(None))
    }

    /// [`Chan::recv`], giving up after `timeout` ([`ChanError::Timeout`];
    /// nothing was taken).
    pub fn recv_timeout(&self, timeout: Duration) -> Result<T, ChanError> {
        Self::received(self.inner.recv(Some(Instant::now() + timeout)))
    }

    /// `close(ch)`; [`ChanError::Closed`] if it was closed already.
    pub fn close(&self) -> Result<(), ChanError> {
        self.inner.close()
    }

    /// `len(ch)`: the values in its buffer.
    pub fn len(&self) -> usize {
        self.inner.chan.queued()
    }

    /// Whether its buffer is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `cap(ch)`.
    pub fn capacity(&self) -> usize {
        self.inner.chan.cap
    }

    /// [`Chan::send`] as a future, for async code: it never blocks its
    /// thread, and dropping it before it completes sends nothing.
    pub fn send_async(&self, v: T) -> SendFuture<'_, T> {
        SendFuture {
            chan: self,
            value: v.to_go(),
        }
    }

    /// [`Chan::recv`] as a future: it never blocks its thread, and
    /// dropping it before it completes takes nothing.
    pub fn recv_async(&self) -> RecvFuture<'_, T> {
        RecvFuture { chan: self }
    }

    fn received(r: Result<Option<Value>, ChanError>) -> Result<T, ChanError> {
        match r? {
            Some(v) => T::from_go(v).map_err(|e| ChanError::Convert(e.0)),
            None => Err(ChanError::Closed),
        }
    }
}

/// The future of [`Chan::send_async`].
pub struct SendFuture<'c, T> {
    chan: &'c Chan<T>,
    value: Value,
}

impl<T: ToGo + FromGo> Future for SendFuture<'_, T> {
    type Output = Result<(), ChanError>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.chan.inner.poll_send(&self.value, cx.waker())
    }
}

/// The future of [`Chan::recv_async`].
pub struct RecvFuture<'c, T> {
    chan: &'c Chan<T>,
}

impl<T: ToGo + FromGo> Future for RecvFuture<'_, T> {
    type Output = Result<T, ChanError>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.chan
            .inner
            .poll_recv(cx.waker())
            .map(Chan::<T>::received)
    }
}

impl<T> ToGo for Chan<T> {
    fn to_go(&self) -> Value {
        Value::Chan(self.inner.clone())
    }
}

impl<T: ToGo + FromGo> FromGo for Chan<T> {
    fn from_go(v: Value) -> Result<Self, super::ConvertError> {
        match v {
            Value::Chan(c) => Ok(Chan::from_ref(c)),
            other => Err(super::ConvertError(format!(
                "want a channel, got {}",
                other.kind()
            ))),
        }
    }
}

impl<T: GoType> GoType for Chan<T> {
    fn go_type() -> String {
        format!("chan {}", T::go_type())
    }
}
