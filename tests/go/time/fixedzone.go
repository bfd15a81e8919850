package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2021, time.October, 31, 1, 30, 0, 0, time.UTC)
	zones := []*time.Location{
		time.UTC, time.FixedZone("", 0), time.FixedZone("UTC", 0), time.FixedZone("", 3600),
		time.FixedZone("", -3600), time.FixedZone("IST", 5*3600+30*60), time.FixedZone("", 5*3600+30*60),
		time.FixedZone("NPT", 5*3600+45*60), time.FixedZone("", -12*3600), time.FixedZone("", 14*3600),
		time.FixedZone("", 15*3600), time.FixedZone("LMT", -(4*3600 + 56*60 + 2)), time.FixedZone("odd name", 1),
	}
	for _, z := range zones {
		u := t.In(z)
		name, off := u.Zone()
		start, end := u.ZoneBounds()
		fmt.Printf("%q %v | %s %d | %v %v | %v %v\n", z.String(), u, name, off, start.IsZero(), end.IsZero(), u.IsDST(), u.Equal(t))
		fmt.Println("  ", u.Format(time.RFC3339), u.Format(time.RFC822), u.Location() == z, u.UTC() == t)
	}
	// Unnamed whole-hour zones are shared; others are not.
	fmt.Println(time.FixedZone("", 3600) == time.FixedZone("", 3600))
	fmt.Println(time.FixedZone("", 1800) == time.FixedZone("", 1800))
	fmt.Println(time.FixedZone("A", 3600) == time.FixedZone("A", 3600))
	fmt.Println(time.FixedZone("", 15*3600) == time.FixedZone("", 15*3600))
	// Date in a zone means wall-clock time there.
	ist := time.FixedZone("IST", 5*3600+30*60)
	d := time.Date(2021, 1, 1, 0, 0, 0, 0, ist)
	fmt.Println(d, d.UTC(), d.Unix())
	fmt.Println(d.In(time.UTC).Day(), d.Day(), d.YearDay(), d.UTC().YearDay())
	// A zero time in a zone.
	var z time.Time
	fmt.Println(z.In(ist), z.In(ist).IsZero())
	// Location of zero and UTC times.
	fmt.Println(z.Location(), t.Location(), t.Local().Location(), t.In(time.UTC).Location() == time.UTC)
	defer func() { fmt.Println("recovered:", recover()) }()
	t.In(nil)
}
