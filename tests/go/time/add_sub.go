package main

import (
	"fmt"
	"time"
)

func main() {
	base := time.Date(2023, time.December, 31, 23, 59, 59, 999999999, time.UTC)
	ds := []time.Duration{1, -1, time.Second, -time.Second, 999999999, -999999999, 1000000001, -1000000001,
		24 * time.Hour, -24 * time.Hour, 366 * 24 * time.Hour, 100000 * time.Hour, -100000 * time.Hour,
		1<<63 - 1, -1 << 63}
	for _, d := range ds {
		t := base.Add(d)
		fmt.Printf("%v: %s sub=%v back=%v\n", d, t.Format(time.RFC3339Nano), t.Sub(base), t.Add(-d).Equal(base))
	}
	// Sub between zones and with fractional seconds.
	a := time.Date(2020, 1, 1, 0, 0, 0, 1, time.FixedZone("", -8*3600))
	b := time.Date(2020, 1, 1, 0, 0, 0, 999999999, time.UTC)
	fmt.Println(a.Sub(b), b.Sub(a), a.After(b), a.Compare(b))
	// Chains of additions equal one addition.
	t := base
	for i := 0; i < 1000; i++ {
		t = t.Add(time.Millisecond * 1001)
	}
	fmt.Println(t.Equal(base.Add(1001*time.Second)), t.Sub(base))
	// Hours across a leap day and a year boundary.
	s := time.Date(2024, 2, 28, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		s = s.Add(36 * time.Hour)
		fmt.Println(s.Format("Mon Jan _2 15:04 2006"), s.YearDay())
	}
	// Saturating Sub for times far apart, and Add near the limits of Time.
	lo := time.Unix(-1<<63, 0)
	hi := time.Unix(1<<63-1, 999999999)
	fmt.Println(hi.Sub(lo), lo.Sub(hi), hi.After(lo), hi.Add(time.Hour).After(hi), lo.Add(-time.Hour).Before(lo))
	fmt.Println(hi.UTC().Year() > 0, lo.UTC().Year() != 0)
}
