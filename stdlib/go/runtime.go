// Package runtime as minigo implements it: the scheduler's functions are
// natives (bodiless here) that ask minigo's GMP runtime; the others are
// left to the declarations, and say they are not supported when called.
package runtime

func Gosched()

func NumGoroutine() int

func GOMAXPROCS(n int) int

func NumCPU() int

func GC()

// Goexit runs the goroutine's deferred calls and ends it; recover returns
// nil in them. When main calls it, the program goes on until no other
// goroutine is left, then ends with a fatal error, as Go's.
func Goexit()

// memstats returns, taken with the world stopped: the heap's live bytes
// (with what was allocated since the last collection), the goroutines'
// stack bytes, the process's resident memory, the collections so far and
// the heap size of the next one.
func memstats() (heap, stack, sys, numGC, nextGC uint64)

// ReadMemStats fills in what minigo measures: Alloc, HeapAlloc,
// HeapInuse and HeapSys (the live heap), StackInuse and StackSys, Sys
// (resident memory), NumGC and NextGC. The other fields stay zero: minigo
// does not count them.
func ReadMemStats(m *MemStats) {
	heap, stack, sys, numGC, nextGC := memstats()
	*m = MemStats{}
	m.Alloc = heap
	m.HeapAlloc = heap
	m.HeapInuse = heap
	m.HeapSys = heap
	m.StackInuse = stack
	m.StackSys = stack
	m.Sys = sys
	m.NumGC = uint32(numGC)
	m.NextGC = nextGC
	m.EnableGC = true
}
