package main

import (
	"fmt"
	"os"
)

func main() {
	pid := os.Getpid()
	fmt.Println("pid positive and stable:", pid > 0, pid == os.Getpid())
	fmt.Println("ppid positive and not pid:", os.Getppid() > 0, os.Getppid() != pid)
	fmt.Println("ids:", os.Getuid() >= 0, os.Geteuid() >= 0, os.Getgid() >= 0, os.Getegid() >= 0)
	fmt.Println("page size:", os.Getpagesize())
	h, err := os.Hostname()
	fmt.Println("hostname:", h != "", err)
	fmt.Println("args:", len(os.Args), os.Args[0] != "")

	old, had := os.LookupEnv("HOME")
	os.Setenv("HOME", "/home/minigo")
	home, err := os.UserHomeDir()
	fmt.Println("home:", home, err)
	os.Setenv("XDG_CONFIG_HOME", "/cfg")
	cfg, err := os.UserConfigDir()
	fmt.Println("config:", cfg, err)
	os.Setenv("XDG_CONFIG_HOME", "relative")
	cfg, err = os.UserConfigDir()
	fmt.Printf("config relative: %q %v\n", cfg, err)
	os.Unsetenv("XDG_CONFIG_HOME")
	cfg, err = os.UserConfigDir()
	fmt.Println("config from home:", cfg, err)
	os.Setenv("XDG_CACHE_HOME", "/cache")
	cache, err := os.UserCacheDir()
	fmt.Println("cache:", cache, err)
	os.Unsetenv("XDG_CACHE_HOME")
	cache, err = os.UserCacheDir()
	fmt.Println("cache from home:", cache, err)
	os.Unsetenv("HOME")
	home, err = os.UserHomeDir()
	fmt.Printf("no home: %q %v\n", home, err)
	_, err = os.UserCacheDir()
	fmt.Println("no cache:", err)
	_, err = os.UserConfigDir()
	fmt.Println("no config:", err)
	if had {
		os.Setenv("HOME", old)
	}

	fmt.Println("separators:", string(os.PathSeparator), string(os.PathListSeparator), os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	fmt.Println("DevNull:", os.DevNull)
	fmt.Println("flags:", os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_SYNC, os.O_TRUNC)
	fmt.Println("seek:", os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
}
