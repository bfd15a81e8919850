package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly,
		time.TimeOnly, "2006-002 15:04:05.000000000 Z07:00:00", "Monday January _2 2006 3:04:05.999 pm -07",
		"20060102150405", "06/1/2 3:4:5PM", "__2/2006 15h04m05s",
	}
	times := []time.Time{
		time.Date(2006, time.January, 2, 15, 4, 5, 0, time.UTC),
		time.Date(2024, time.February, 29, 23, 59, 58, 123456789, time.FixedZone("", 2*3600)),
		time.Date(1970, time.December, 31, 0, 0, 1, 500000000, time.FixedZone("", -(4*3600 + 30*60))),
		time.Date(2068, time.July, 9, 12, 0, 0, 7000000, time.UTC),
		time.Date(2069, time.July, 9, 12, 0, 0, 0, time.UTC),
	}
	for _, t := range times {
		fmt.Println("==", t)
		for _, l := range layouts {
			s := t.Format(l)
			p, err := time.Parse(l, s)
			if err != nil {
				fmt.Printf("%q %q: %v\n", l, s, err)
				continue
			}
			fmt.Printf("%-40q %-40q %v %v\n", l, s, p, p.Equal(t))
		}
	}
}
