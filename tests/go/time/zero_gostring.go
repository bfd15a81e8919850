package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	var z time.Time
	fmt.Println(z)
	fmt.Println(z.String(), z.IsZero(), z.Unix(), z.UnixNano(), z.Year(), z.Month(), z.Day(), z.Weekday(), z.YearDay())
	fmt.Println(z.GoString())
	fmt.Println(z.Format(time.RFC3339Nano), z.Format(time.Kitchen), z.Location())
	y, w := z.ISOWeek()
	fmt.Println(y, w)
	fmt.Println(z.Add(-time.Nanosecond), z.Add(-time.Nanosecond).IsZero())
	fmt.Println(z.AddDate(-1, 0, 0).GoString())
	gs := []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2009, time.November, 10, 23, 0, 0, 5, time.Local),
		time.Date(-5, time.February, 1, 1, 2, 3, 4, time.FixedZone("Odd \"name\"\\", 60)),
		time.Date(2020, time.July, 1, 0, 0, 0, 0, time.FixedZone("é\x01", 0)),
		time.Date(2020, time.July, 1, 0, 0, 0, 0, time.FixedZone("", 3600)),
	}
	for _, t := range gs {
		fmt.Println(t.GoString())
	}
	// A time with a monotonic reading prints it after the wall clock.
	s := time.Now().String()
	fmt.Println(strings.Contains(s, " m=+"), strings.Contains(time.Now().Round(0).String(), "m="))
	fmt.Println(time.Unix(0, 0).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("", 3600)).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC).IsZero())
}
