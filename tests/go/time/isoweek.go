package main

import (
	"fmt"
	"time"
)

func main() {
	for _, y := range []int{2004, 2005, 2008, 2009, 2010, 2015, 2020, 2021, 2026, 1999, 2000, 1, 0, -1} {
		for _, md := range [][2]int{{1, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 5}, {12, 28}, {12, 29}, {12, 30}, {12, 31}} {
			t := time.Date(y, time.Month(md[0]), md[1], 12, 0, 0, 0, time.UTC)
			iy, iw := t.ISOWeek()
			fmt.Printf("%d-%02d-%02d %s %d-W%02d\n", y, md[0], md[1], t.Weekday().String()[:3], iy, iw)
		}
	}
	// Every Monday of 2020 starts a new ISO week.
	t := time.Date(2019, time.December, 30, 0, 0, 0, 0, time.UTC)
	last := 0
	n := 0
	for t.Year() < 2021 || t.YearDay() < 5 {
		_, w := t.ISOWeek()
		if w != last {
			if t.Weekday() != time.Monday {
				fmt.Println("week change on", t.Weekday())
			}
			last = w
			n++
		}
		t = t.AddDate(0, 0, 1)
	}
	fmt.Println("week changes:", n, t.Format(time.DateOnly))
}
