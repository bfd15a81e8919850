package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.Date(2020, time.May, 5, 12, 0, 0, 0, time.UTC)
	b := a.In(time.FixedZone("X", 7200))
	c := a.Local()
	d := time.Unix(a.Unix(), 0)
	fmt.Println(a.Equal(b), a == b, a.Equal(c), a == c, c == d, a.Equal(d))
	fmt.Println(a.Compare(b), a.Before(b), a.After(b))
	e := a.Add(time.Nanosecond)
	fmt.Println(a.Compare(e), e.Compare(a), a.Before(e), e.After(a), a.Equal(e), a.Sub(e), e.Sub(a))
	// Time as a map key: == semantics, not Equal.
	m := map[time.Time]string{}
	m[a] = "utc"
	m[b] = "x"
	m[c] = "local"
	m[d] = "unix"
	m[a.Add(0)] = "utc again"
	fmt.Println(len(m), m[a], m[c], m[time.Date(2020, 5, 5, 12, 0, 0, 0, time.UTC)])
	_, ok := m[a.In(time.FixedZone("X", 7200))]
	fmt.Println(ok)
	// A monotonic reading makes == differ; Round(0) strips it.
	now := time.Now()
	stripped := now.Round(0)
	fmt.Println(now == stripped, now.Equal(stripped), stripped == stripped.Round(0))
	later := now.Add(time.Hour)
	fmt.Println(later.Sub(now), later.After(now), now.Before(later), later.Round(0).Sub(stripped))
	fmt.Println(now.AddDate(0, 0, 0) == stripped, now.UTC() == now.UTC(), now.UTC().Equal(now))
	fmt.Println(now.Truncate(time.Hour).Equal(stripped.Truncate(time.Hour)))
	// Zero times.
	var z1, z2 time.Time
	fmt.Println(z1 == z2, z1.Equal(z2), z1.IsZero(), z1.UTC() == z1, z1.Compare(a), a.Compare(z1))
	// Sub saturates.
	far := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	past := time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(past), past.Sub(far), far.Sub(far))
	fmt.Println(a.Add(1<<63 - 1).Format(time.RFC3339Nano), a.Add(-1 << 63).Format(time.RFC3339Nano))
	// Add across the range of the monotonic clock's wall field.
	w := time.Date(2157, 3, 16, 0, 0, 0, 0, time.UTC)
	fmt.Println(w.Add(240*time.Hour), w.Add(-240*time.Hour))
}
