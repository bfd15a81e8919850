// minigo's implementation of package sync: Go's algorithms over
// sync/atomic and the runtime's semaphore (runtime_Semacquire and
// runtime_Semrelease, natives on minigo's scheduler: a goroutine that
// waits parks, and its waker readies it).

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

// Mutex's fast paths (natives): Lock's first round when it takes the
// mutex, and Unlock's atomic step with the checks that usually end it.
func runtime_lockFast(state *int32) bool

func runtime_unlockFast(state *int32) int32

// Mutex's spinning: whether to spin once more, and one spin.
func runtime_canSpin(iter int) bool

func runtime_doSpin()

func runtime_nanotime() int64

// Cond's notify list (the runtime keeps its counters and waiters, by
// address): a ticket, a wait for it, and a notification of the oldest
// ticket or of all.
func runtime_notifyListAdd(l *notifyList) uint32

func runtime_notifyListWait(l *notifyList, t uint32)

func runtime_notifyListNotify(l *notifyList, all bool)

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

// The state, as Go's: the locked bit, the woken bit (a goroutine woken
// or spinning is trying for it, so Unlock need not wake another), the
// starving bit, then the number of goroutines waiting. In normal mode a
// goroutine that finds the mutex unlocked takes it even if others wait,
// and one that finds it locked spins a little first (the holder is
// likely to release it soon on another P); a waiter woken by Unlock
// competes with newcomers, and if it has waited more than 1 ms it
// switches the mutex to starvation mode, in which Unlock hands the mutex
// straight to the first waiter and newcomers queue behind.
const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6

	// Added to a wait reason: queue at the front (a waiter that waited
	// before).
	semaLifo = 1 << 8
)

func (m *Mutex) Lock() {
	if runtime_lockFast(&m.mu.state) {
		return
	}
	m.lockSlow()
}

func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.mu.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.mu.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitStartTime int64
	starving := false
	awoke := false
	iter := 0
	old := atomic.LoadInt32(&m.mu.state)
	for {
		// Spin while it is locked in normal mode, if spinning makes sense;
		// tell Unlock not to wake others meanwhile.
		if old&(mutexLocked|mutexStarving) == mutexLocked && runtime_canSpin(iter) {
			if !awoke && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.mu.state, old, old|mutexWoken) {
				awoke = true
			}
			runtime_doSpin()
			iter++
			old = atomic.LoadInt32(&m.mu.state)
			continue
		}
		new := old
		// Newcomers do not take a starving mutex: they queue.
		if old&mutexStarving == 0 {
			new |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		// Switch to starvation mode, unless it was just unlocked.
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				fatal("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if atomic.CompareAndSwapInt32(&m.mu.state, old, new) {
			if old&(mutexLocked|mutexStarving) == 0 {
				break // locked it
			}
			reason := reasonMutexLock
			if waitStartTime != 0 {
				reason |= semaLifo
			} else {
				waitStartTime = runtime_nanotime()
			}
			runtime_Semacquire(&m.mu.sema, reason)
			starving = starving || runtime_nanotime()-waitStartTime > starvationThresholdNs
			old = atomic.LoadInt32(&m.mu.state)
			if old&mutexStarving != 0 {
				// Handed over in starvation mode: the mutex is ours.
				if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
					fatal("sync: inconsistent mutex state")
				}
				delta := int32(mutexLocked - 1<<mutexWaiterShift)
				if !starving || old>>mutexWaiterShift == 1 {
					// Back to normal mode: the last waiter, or one that
					// did not wait long.
					delta -= mutexStarving
				}
				atomic.AddInt32(&m.mu.state, delta)
				break
			}
			awoke = true
			iter = 0
		} else {
			old = atomic.LoadInt32(&m.mu.state)
		}
	}
}

func (m *Mutex) Unlock() {
	if new := runtime_unlockFast(&m.mu.state); new != 0 {
		m.unlockSlow(new)
	}
}

// What Unlock does when runtime_unlockFast found more to do.
func (m *Mutex) unlockSlow(new int32) {
	if new == 1 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving == 0 {
		old := new
		for {
			// Nobody to wake, or someone woken, spinning or holding it
			// already.
			if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
				return
			}
			new = (old - 1<<mutexWaiterShift) | mutexWoken
			if atomic.CompareAndSwapInt32(&m.mu.state, old, new) {
				runtime_Semrelease(&m.mu.sema)
				return
			}
			old = atomic.LoadInt32(&m.mu.state)
		}
	}
	// Starvation mode: the first waiter gets the mutex.
	runtime_Semrelease(&m.mu.sema)
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

func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

type Cond struct {
	noCopy  noCopy
	L       Locker
	notify  notifyList
	checker copyChecker
}

// The runtime keeps a notify list's counters and waiters; the fields
// are where its address points.
type notifyList struct {
	wait   uint32
	notify uint32
}

type copyChecker uintptr

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

func (c *Cond) Signal() {
	runtime_notifyListNotify(&c.notify, false)
}

func (c *Cond) Broadcast() {
	runtime_notifyListNotify(&c.notify, true)
}

// Map: a map under a mutex (Go's is a concurrent hash trie; the
// behaviour a program sees is the same). Range calls f on a snapshot, so
// f may use the Map.
type Map struct {
	_  noCopy
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return value, ok
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return value, loaded
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return previous, loaded
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	values := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.Unlock()
	for i, k := range keys {
		if !f(k, values[i]) {
			return
		}
	}
}

// Pool: a stack of free items under a mutex; Get takes the last one Put.
// (Go keeps one per P and empties them at each collection; minigo keeps
// them until they are taken.)
type Pool struct {
	noCopy noCopy
	mu     Mutex
	items  []any
	New    func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

// ---- from sync/oncefunc.go (Go's code as it is) ----

// OnceValue returns a function that invokes f only once and returns the value
// returned by f. The returned function may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
func OnceValue[T any](f func() T) func() T {
	// Use a struct so that there's a single heap allocation.
	d := struct {
		f      func() T
		once   Once
		valid  bool
		p      any
		result T
	}{
		f: f,
	}
	return func() T {
		d.once.Do(func() {
			defer func() {
				d.f = nil
				d.p = recover()
				if !d.valid {
					panic(d.p)
				}
			}()
			d.result = d.f()
			d.valid = true
		})
		if !d.valid {
			panic(d.p)
		}
		return d.result
	}
}

// OnceValues returns a function that invokes f only once and returns the values
// returned by f. The returned function may be called concurrently.
//
// If f panics, the returned function will panic with the same value on every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	// Use a struct so that there's a single heap allocation.
	d := struct {
		f     func() (T1, T2)
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	}{
		f: f,
	}
	return func() (T1, T2) {
		d.once.Do(func() {
			defer func() {
				d.f = nil
				d.p = recover()
				if !d.valid {
					panic(d.p)
				}
			}()
			d.r1, d.r2 = d.f()
			d.valid = true
		})
		if !d.valid {
			panic(d.p)
		}
		return d.r1, d.r2
	}
}
