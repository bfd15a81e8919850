package main

import (
	"fmt"
	"time"
)

func main() {
	base := []time.Time{
		time.Date(2023, time.January, 31, 10, 30, 0, 5, time.UTC),
		time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2024, time.February, 29, 23, 59, 59, 999999999, time.UTC),
		time.Date(2023, time.March, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2023, time.December, 31, 0, 0, 0, 0, time.FixedZone("E", 3600)),
	}
	deltas := [][3]int{
		{0, 1, 0}, {0, -1, 0}, {1, 0, 0}, {-1, 0, 0}, {0, 0, 1}, {0, 0, -1},
		{0, 12, 0}, {0, -12, 0}, {0, 13, 0}, {4, 0, 0}, {100, 0, 0}, {-400, 0, 0},
		{0, 0, 365}, {0, 0, -365}, {0, 1, -1}, {1, -12, 0}, {0, 0, 10000}, {0, -25, 31},
	}
	for _, b := range base {
		fmt.Println("base", b)
		for _, d := range deltas {
			fmt.Println(" ", d, b.AddDate(d[0], d[1], d[2]))
		}
	}
	// AddDate keeps the location.
	z := time.FixedZone("Z1", -7*3600)
	t := time.Date(2020, 2, 29, 1, 2, 3, 4, z).AddDate(1, 0, 0)
	name, off := t.Zone()
	fmt.Println(t, t.Location(), name, off)
}
