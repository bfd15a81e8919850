package main

import (
	"fmt"
	"time"
)

func main() {
	for d := time.Weekday(-2); d <= 9; d++ {
		fmt.Println(int(d), d.String())
	}
	for m := time.Month(-1); m <= 14; m++ {
		fmt.Println(int(m), m.String())
	}
	fmt.Println(time.Month(-1000000), time.Weekday(1<<40))
	fmt.Printf("%v %s %d %q\n", time.March, time.Friday, time.March, time.Sunday)
	fmt.Println(time.Saturday+1, time.December+1)
	// Weekdays of well-known dates.
	dates := [][3]int{
		{1970, 1, 1}, {2000, 1, 1}, {2001, 9, 11}, {1969, 7, 20}, {1, 1, 1}, {0, 12, 31},
		{1900, 3, 1}, {2024, 12, 25}, {2100, 1, 1}, {-1000, 6, 15}, {9999, 12, 31},
	}
	for _, d := range dates {
		t := time.Date(d[0], time.Month(d[1]), d[2], 0, 0, 0, 0, time.UTC)
		fmt.Println(d, t.Weekday(), int(t.Weekday()), t.YearDay())
	}
	// A week of days around a month end, with a zone east and west.
	for _, z := range []*time.Location{time.UTC, time.FixedZone("W", -11*3600), time.FixedZone("E", 13*3600)} {
		t := time.Date(2023, time.May, 29, 0, 0, 0, 0, time.UTC)
		for i := 0; i < 7; i++ {
			u := t.In(z)
			fmt.Print(u.Weekday().String()[:2], u.Day(), " ")
			t = t.Add(24 * time.Hour)
		}
		fmt.Println(z)
	}
}
