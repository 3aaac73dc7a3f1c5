import gc, sys
gc.disable()
log = []
class Finder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        log.append(("find", name, gc.get_count()[0]))
        i = sys.meta_path.index(Finder)
        for f in sys.meta_path[i+1:]:
            spec = f.find_spec(name, path, target) if hasattr(f, "find_spec") else None
            if spec is not None:
                break
        else:
            return None
        ld = spec.loader
        orig = ld.exec_module
        def exec_module(module, orig=orig, name=name):
            log.append(("exec>", name, gc.get_count()[0]))
            orig(module)
            log.append(("exec<", name, gc.get_count()[0]))
        try:
            ld.exec_module = exec_module
        except Exception:
            log.append(("noexec-hook", name, 0))
        return spec
sys.meta_path.insert(0, Finder)
log.append(("start", "", gc.get_count()[0]))
import weakref
log.append(("end", "", gc.get_count()[0]))
sys.meta_path.remove(Finder)
base = log[0][2]
for k, n, c in log:
    print(f"{k:6} {n:18} {c - base}")
print("collect", gc.collect())
