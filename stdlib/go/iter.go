// minigo's implementation of package iter, in Go: it replaces the
// bodiless functions of api/iter.go (Seq and Seq2 stay the api file's).
//
// Pull and Pull2 are Go's iter/iter.go as it is, but for the coroutine
// they run seq on: Go's runtime coroutines (newcoro, coroswitch) become a
// goroutine and two unbuffered channels (coro below; a goroutine is no OS
// thread in minigo), and the race detector's annotations (internal/race,
// unsafe) are gone. Control passes between the caller of next or stop and
// the goroutine exactly as between Go's coroutine and its caller: one of
// them runs at a time, so next, stop, yield, the panics re-raised in the
// caller of next or stop, runtime.Goexit in seq, and yield called after
// stop (or after seq returned) behave as Go's.
//
// Differences from Go: a Pull whose next is never called to the end and
// whose stop is never called leaves its goroutine blocked (Go's garbage
// collector frees an unreachable coroutine).

package iter

import "runtime"

func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var pull struct {
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool // to detect Goexit
		panicValue any
	}
	c := newcoro(func(c *coro) {
		if pull.done {
			return
		}
		yield := func(v1 V) bool {
			if pull.done {
				return false
			}
			if !pull.yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			pull.yieldNext = false
			pull.v, pull.ok = v1, true
			coroyield(c)
			return !pull.done
		}
		// Recover and propagate panics from seq.
		defer func() {
			if p := recover(); p != nil {
				pull.panicValue = p
			} else if !pull.seqDone {
				pull.panicValue = goexitPanicValue
			}
			pull.done = true // Invalidate iterator
		}()
		seq(yield)
		var v0 V
		pull.v, pull.ok = v0, false
		pull.seqDone = true
	})
	next = func() (v1 V, ok1 bool) {

		if pull.done {
			return
		}
		if pull.yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		pull.yieldNext = true
		coroswitch(c)

		// Propagate panics and goexits from seq.
		if pull.panicValue != nil {
			if pull.panicValue == goexitPanicValue {
				// Propagate runtime.Goexit from seq.
				runtime.Goexit()
			} else {
				panic(pull.panicValue)
			}
		}
		return pull.v, pull.ok
	}
	stop = func() {

		if !pull.done {
			pull.done = true
			coroswitch(c)

			// Propagate panics and goexits from seq.
			if pull.panicValue != nil {
				if pull.panicValue == goexitPanicValue {
					// Propagate runtime.Goexit from seq.
					runtime.Goexit()
				} else {
					panic(pull.panicValue)
				}
			}
		}
	}
	return next, stop
}

// Pull2 converts the “push-style” iterator sequence seq
// into a “pull-style” iterator accessed by the two functions
// next and stop.
//
// Next returns the next pair in the sequence
// and a boolean indicating whether the pair is valid.
// When the sequence is over, next returns a pair of zero values and false.
// It is valid to call next after reaching the end of the sequence
// or after calling stop. These calls will continue
// to return a pair of zero values and false.
//
// Stop ends the iteration. It must be called when the caller is
// no longer interested in next values and next has not yet
// signaled that the sequence is over (with a false boolean return).
// It is valid to call stop multiple times and when next has
// already returned false. Typically, callers should “defer stop()”.
//
// It is an error to call next or stop from multiple goroutines
// simultaneously.
//
// If the iterator panics during a call to next (or stop),
// then next (or stop) itself panics with the same value.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var pull struct {
		k          K
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool
		panicValue any
	}
	c := newcoro(func(c *coro) {
		if pull.done {
			return
		}
		yield := func(k1 K, v1 V) bool {
			if pull.done {
				return false
			}
			if !pull.yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			pull.yieldNext = false
			pull.k, pull.v, pull.ok = k1, v1, true
			coroyield(c)
			return !pull.done
		}
		// Recover and propagate panics from seq.
		defer func() {
			if p := recover(); p != nil {
				pull.panicValue = p
			} else if !pull.seqDone {
				pull.panicValue = goexitPanicValue
			}
			pull.done = true // Invalidate iterator.
		}()
		seq(yield)
		var k0 K
		var v0 V
		pull.k, pull.v, pull.ok = k0, v0, false
		pull.seqDone = true
	})
	next = func() (k1 K, v1 V, ok1 bool) {

		if pull.done {
			return
		}
		if pull.yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		pull.yieldNext = true
		coroswitch(c)

		// Propagate panics and goexits from seq.
		if pull.panicValue != nil {
			if pull.panicValue == goexitPanicValue {
				// Propagate runtime.Goexit from seq.
				runtime.Goexit()
			} else {
				panic(pull.panicValue)
			}
		}
		return pull.k, pull.v, pull.ok
	}
	stop = func() {

		if !pull.done {
			pull.done = true
			coroswitch(c)

			// Propagate panics and goexits from seq.
			if pull.panicValue != nil {
				if pull.panicValue == goexitPanicValue {
					// Propagate runtime.Goexit from seq.
					runtime.Goexit()
				} else {
					panic(pull.panicValue)
				}
			}
		}
	}
	return next, stop
}

// goexitPanicValue is a sentinel value indicating that an iterator
// exited via runtime.Goexit.
var goexitPanicValue any = new(int)

// coro is Go's runtime coroutine as a goroutine: f runs on it, started by
// the first enter; one side runs at a time.
type coro struct {
	f       func(*coro)
	started bool
	resume  chan struct{} // the caller passes control to the goroutine
	back    chan struct{} // the goroutine passes it back
}

func newcoro(f func(*coro)) *coro {
	return &coro{f: f, resume: make(chan struct{}), back: make(chan struct{})}
}

// coroswitch passes control from the caller of next or stop to the
// coroutine (starting it the first time) and waits until it comes back:
// the coroutine yielded or f returned.
func coroswitch(c *coro) {
	if !c.started {
		c.started = true
		go func() {
			defer func() { c.back <- struct{}{} }()
			c.f(c)
		}()
	} else {
		c.resume <- struct{}{}
	}
	<-c.back
}

// coroyield passes control from the coroutine back to its caller and
// waits until it is passed again (Go's coroswitch, from the coroutine's
// side).
func coroyield(c *coro) {
	c.back <- struct{}{}
	<-c.resume
}
