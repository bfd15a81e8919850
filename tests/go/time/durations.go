// Durations: arithmetic with the unit constants, String in Go's forms,
// the conversions; the clock moves forward.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond * 42,
		time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-3 * time.Minute, 100 * time.Hour, 1<<63 - 1, -1 << 63,
	}
	for _, d := range ds {
		fmt.Println(d, d.Nanoseconds(), d.Milliseconds(), d.Seconds())
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Truncate(time.Hour), (-d).Abs())
	fmt.Printf("%v %s %d\n", d, d, d)
	start := time.Now()
	x := 0
	for i := 0; i < 100000; i++ {
		x += i
	}
	el := time.Since(start)
	later := start.Add(time.Second)
	fmt.Println(x, el > 0, el < time.Minute, later.After(start), start.Before(later), later.Sub(start))
	fmt.Println(time.Until(later) < time.Second, start.Equal(start), start.IsZero(), time.Time{}.IsZero())
	fmt.Println(start.Unix() > 1700000000, start.UnixNano()/1e9 == start.Unix())
}
