// minigo's implementation of package sync/atomic: the functions are
// natives that operate on the VM's heap words with real atomic
// instructions (every word of the heap is an atomic); the types' methods
// are Go's, over those functions. Pointer[T] (Go's is an unsafe.Pointer
// with the pointer functions, which minigo leaves out) keeps a *T under a
// lock, as Value does.

package atomic

import "runtime"

func SwapInt32(addr *int32, new int32) (old int32)

func SwapUint32(addr *uint32, new uint32) (old uint32)

func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

func AddInt32(addr *int32, delta int32) (new int32)

func AddUint32(addr *uint32, delta uint32) (new uint32)

func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

func LoadInt32(addr *int32) (val int32)

func LoadUint32(addr *uint32) (val uint32)

func LoadUintptr(addr *uintptr) (val uintptr)

func StoreInt32(addr *int32, val int32)

func StoreUint32(addr *uint32, val uint32)

func StoreUintptr(addr *uintptr, val uintptr)

func SwapInt64(addr *int64, new int64) (old int64)

func SwapUint64(addr *uint64, new uint64) (old uint64)

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

func AddInt64(addr *int64, delta int64) (new int64)

func AddUint64(addr *uint64, delta uint64) (new uint64)

func LoadInt64(addr *int64) (val int64)

func LoadUint64(addr *uint64) (val uint64)

func StoreInt64(addr *int64, val int64)

func StoreUint64(addr *uint64, val uint64)

func AndInt32(addr *int32, mask int32) (old int32)

func AndUint32(addr *uint32, mask uint32) (old uint32)

func AndUintptr(addr *uintptr, mask uintptr) (old uintptr)

func AndInt64(addr *int64, mask int64) (old int64)

func AndUint64(addr *uint64, mask uint64) (old uint64)

func OrInt32(addr *int32, mask int32) (old int32)

func OrUint32(addr *uint32, mask uint32) (old uint32)

func OrUintptr(addr *uintptr, mask uintptr) (old uintptr)

func OrInt64(addr *int64, mask int64) (old int64)

func OrUint64(addr *uint64, mask uint64) (old uint64)

// Whether a and b hold the same dynamic type (a native).
func sameType(a, b any) bool

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

func (x *Int32) And(mask int32) (old int32) { return AndInt32(&x.v, mask) }

func (x *Int32) Or(mask int32) (old int32) { return OrInt32(&x.v, mask) }

func (x *Int64) And(mask int64) (old int64) { return AndInt64(&x.v, mask) }

func (x *Int64) Or(mask int64) (old int64) { return OrInt64(&x.v, mask) }

func (x *Uint32) And(mask uint32) (old uint32) { return AndUint32(&x.v, mask) }

func (x *Uint32) Or(mask uint32) (old uint32) { return OrUint32(&x.v, mask) }

func (x *Uint64) And(mask uint64) (old uint64) { return AndUint64(&x.v, mask) }

func (x *Uint64) Or(mask uint64) (old uint64) { return OrUint64(&x.v, mask) }

func (x *Uintptr) And(mask uintptr) (old uintptr) { return AndUintptr(&x.v, mask) }

func (x *Uintptr) Or(mask uintptr) (old uintptr) { return OrUintptr(&x.v, mask) }

// Value: an interface's two words cannot be swapped in one atomic
// instruction here (Go swaps a pointer to them), so a small lock guards
// them; a goroutine that finds it taken yields, since the holder may be
// waiting for this P.
type Value struct {
	lock uint32
	v    any
}

func (v *Value) acquire() {
	for !CompareAndSwapUint32(&v.lock, 0, 1) {
		runtime.Gosched()
	}
}

func (v *Value) release() { StoreUint32(&v.lock, 0) }

func (v *Value) Load() (val any) {
	v.acquire()
	val = v.v
	v.release()
	return val
}

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.acquire()
	if v.v != nil && !sameType(v.v, val) {
		v.release()
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
	v.release()
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	v.acquire()
	if v.v != nil && !sameType(v.v, new) {
		v.release()
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	v.release()
	return old
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	v.acquire()
	defer v.release()
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if !sameType(v.v, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}

// Pointer: Go's stores an unsafe.Pointer and uses the pointer functions;
// minigo has no unsafe, so a *T guarded by a small lock, as Value's two
// words are.
type Pointer[T any] struct {
	// Mention *T in a field to disallow conversion between
	// Pointer types. See go.dev/issue/56603 for more details.
	// Use *T, not T, to avoid spurious recursive type definition errors.
	_ [0]*T

	_    noCopy
	lock uint32
	v    *T
}

func (x *Pointer[T]) acquire() {
	for !CompareAndSwapUint32(&x.lock, 0, 1) {
		runtime.Gosched()
	}
}

func (x *Pointer[T]) release() { StoreUint32(&x.lock, 0) }

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T {
	x.acquire()
	v := x.v
	x.release()
	return v
}

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) {
	x.acquire()
	x.v = val
	x.release()
}

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	x.acquire()
	old = x.v
	x.v = new
	x.release()
	return old
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	x.acquire()
	swapped = x.v == old
	if swapped {
		x.v = new
	}
	x.release()
	return swapped
}
