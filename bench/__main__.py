from bench.corpus import bench

bench(prog_name="python -m bench")
