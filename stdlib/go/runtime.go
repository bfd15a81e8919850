// Package runtime as minigo implements it: the scheduler's functions are
// natives (bodiless here) that ask minigo's GMP runtime; the others are
// left to the declarations, and say they are not supported when called.
package runtime

func Gosched()

func NumGoroutine() int

func GOMAXPROCS(n int) int

func NumCPU() int

func GC()
