package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{"MST", "Z0700", "Z070000", "Z07", "Z07:00", "Z07:00:00", "-0700", "-070000", "-07", "-07:00", "-07:00:00", time.RFC3339}
	offsets := []int{0, 1, -1, 59, 60, -60, 3600, -3600, 5*3600 + 30*60, -(9*3600 + 30*60), 14 * 3600, -12 * 3600, 3600 + 61, -(3600 + 61), 24*3600 + 1, -100 * 3600}
	base := time.Date(2022, time.March, 13, 10, 20, 30, 0, time.UTC)
	for _, off := range offsets {
		for _, name := range []string{"", "ZN"} {
			z := time.FixedZone(name, off)
			t := base.In(z)
			fmt.Printf("%d %q:", off, name)
			for _, l := range layouts {
				fmt.Printf(" %s", t.Format(l))
			}
			fmt.Println()
			zn, zo := t.Zone()
			fmt.Println("  ", t, "|", zn, zo, "|", z.String(), "|", t.Location())
		}
	}
}
