// minigo's implementation of package sync: Go's algorithms over
// sync/atomic and the runtime's semaphore (runtime_Semacquire and
// runtime_Semrelease, natives on minigo's scheduler: a goroutine that
// waits parks, and its waker readies it). Cond, Map and Pool are not
// provided yet.

package sync

import "sync/atomic"

// The wait reasons a goroutine dump shows for runtime_Semacquire.
const (
	reasonMutexLock = iota
	reasonWaitGroupWait
	reasonRWMutexRLock
	reasonRWMutexLock
)

func runtime_Semacquire(addr *uint32, reason int)

func runtime_Semrelease(addr *uint32)

// WaitGroup.Add's atomic step (a native; see Add).
func runtime_wgAdd(state *uint64, delta int) int

// fatal ends the program with "fatal error: " and s, as the runtime's
// fatal does for misuse of a lock.
func fatal(s string)

// Mutex's fields are named as Go's (a noCopy and mu), so that a program
// reaching into them gets gc's errors.
type Mutex struct {
	_  noCopy
	mu mutex
}

type mutex struct {
	state int32
	sema  uint32
}

// The state: the locked bit, then the number of goroutines asleep (or
// about to sleep) on the semaphore. As in Go's normal mode, a goroutine
// that finds the mutex unlocked takes it even if others sleep: the
// running one need not hand the CPU over on every contended Lock, and an
// Unlock wakes one sleeper, which tries again. (Go also spins briefly,
// and switches to handing off after a waiter has waited 1 ms; minigo does
// not yet.)
const (
	mutexLocked      = 1
	mutexWaiterShift = 1
)

func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.mu.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

func (m *Mutex) lockSlow() {
	for {
		old := atomic.LoadInt32(&m.mu.state)
		if old&mutexLocked == 0 {
			if atomic.CompareAndSwapInt32(&m.mu.state, old, old|mutexLocked) {
				return
			}
			continue
		}
		if atomic.CompareAndSwapInt32(&m.mu.state, old, old+1<<mutexWaiterShift) {
			runtime_Semacquire(&m.mu.sema, reasonMutexLock)
		}
	}
}

func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.mu.state)
	return old&mutexLocked == 0 && atomic.CompareAndSwapInt32(&m.mu.state, old, old|mutexLocked)
}

func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.mu.state, -mutexLocked)
	if (new+mutexLocked)&mutexLocked == 0 {
		atomic.AddInt32(&m.mu.state, mutexLocked)
		fatal("sync: unlock of unlocked mutex")
	}
	// Wake one sleeper, unless another goroutine took the mutex
	// meanwhile (its Unlock will).
	for new != 0 && new&mutexLocked == 0 {
		if atomic.CompareAndSwapInt32(&m.mu.state, new, new-1<<mutexWaiterShift) {
			runtime_Semrelease(&m.mu.sema)
			return
		}
		new = atomic.LoadInt32(&m.mu.state)
	}
}

const rwmutexMaxReaders = 1 << 30

func (rw *RWMutex) RLock() {
	if rw.readerCount.Add(1) < 0 {
		// A writer is pending: wait for it.
		runtime_Semacquire(&rw.readerSem, reasonRWMutexRLock)
	}
}

func (rw *RWMutex) TryRLock() bool {
	for {
		c := rw.readerCount.Load()
		if c < 0 {
			return false
		}
		if rw.readerCount.CompareAndSwap(c, c+1) {
			return true
		}
	}
}

func (rw *RWMutex) RUnlock() {
	if r := rw.readerCount.Add(-1); r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		// A writer is pending: the last reader out lets it in.
		if rw.readerWait.Add(-1) == 0 {
			runtime_Semrelease(&rw.writerSem)
		}
	}
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer to readers, then wait for the active ones.
	r := rw.readerCount.Add(-rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && rw.readerWait.Add(r) != 0 {
		runtime_Semacquire(&rw.writerSem, reasonRWMutexLock)
	}
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

func (rw *RWMutex) Unlock() {
	r := rw.readerCount.Add(rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Let in the readers that came while the writer held it.
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// WaitGroup's state: the counter in the high 32 bits, the number of
// waiters in the low 32, as Go's. (A plain uint64 updated with the
// atomic functions: one call fewer per Add than Go's atomic.Uint64.)
type WaitGroup struct {
	noCopy noCopy
	state  uint64
	sema   uint32
}

func (wg *WaitGroup) Add(delta int) {
	if n := runtime_wgAdd(&wg.state, delta); n != 0 {
		wg.addSlow(n)
	}
}

// What Add does after its atomic step (runtime_wgAdd) found more to do.
func (wg *WaitGroup) addSlow(n int) {
	switch n {
	case -1:
		panic("sync: negative WaitGroup counter")
	case -2:
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	for ; n > 0; n-- {
		runtime_Semrelease(&wg.sema)
	}
}

func (wg *WaitGroup) Done() {
	if n := runtime_wgAdd(&wg.state, -1); n != 0 {
		wg.addSlow(n)
	}
}

func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if int32(state>>32) == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			runtime_Semacquire(&wg.sema, reasonWaitGroupWait)
			if atomic.LoadUint64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

func (o *Once) Do(f func()) {
	if !o.done.Load() {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done.Load() {
		defer o.done.Store(true)
		f()
	}
}
