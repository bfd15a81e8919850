package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2023, time.June, 15, 13, 47, 29, 499999999, time.UTC),
		time.Date(2023, time.June, 15, 13, 47, 30, 500000000, time.UTC),
		time.Date(1969, time.December, 31, 23, 59, 59, 500000000, time.UTC),
		time.Date(1, time.January, 1, 0, 0, 0, 1, time.UTC),
		time.Date(-100, time.March, 3, 3, 3, 3, 3, time.UTC),
		time.Date(2023, time.June, 15, 13, 47, 29, 0, time.FixedZone("", 5*3600+30*60)),
		time.Date(2262, time.April, 11, 23, 47, 16, 854775807, time.UTC),
	}
	ds := []time.Duration{0, -time.Second, 1, 3, 7 * time.Nanosecond, time.Microsecond, 250 * time.Millisecond,
		time.Second, 7 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour,
		1000 * time.Hour, 1<<63 - 1, 1234567890123, 3 * time.Millisecond}
	for _, t := range times {
		fmt.Println("t =", t)
		for _, d := range ds {
			fmt.Printf("  %v: %s | %s\n", d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
		}
	}
	// Truncate(0) and Round(0) strip the monotonic reading and nothing else.
	z := time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("Q", 60))
	fmt.Println(z.Round(0) == z, z.Truncate(0) == z, z.Round(0).Location())
}
