package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, -1, 1499 * time.Millisecond, 1500 * time.Millisecond, -1500 * time.Millisecond,
		2500 * time.Millisecond, -2500 * time.Millisecond, 1<<63 - 1, -1 << 63, 59*time.Minute + 30*time.Second,
		time.Hour + 29*time.Minute + 59*time.Second, 7 * time.Nanosecond}
	ms := []time.Duration{0, -1, 1, 2, 3, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second,
		time.Minute, time.Hour, 7 * time.Hour, 1<<63 - 1, 1 << 62}
	for _, d := range ds {
		fmt.Println("d =", d)
		for _, m := range ms {
			fmt.Printf("  m=%v trunc=%v round=%v\n", m, d.Truncate(m), d.Round(m))
		}
		fmt.Println("  abs", d.Abs(), "ns", d.Nanoseconds(), "us", d.Microseconds(), "ms", d.Milliseconds())
		fmt.Println("  s", d.Seconds(), "min", d.Minutes(), "h", d.Hours())
	}
}
