import { contextBridge, ipcRenderer } from 'electron'
import { buildBridge } from './build-bridge'

// The page gets exactly one object, built from the contract; never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'facilitator',
  buildBridge({
    invoke: (channel, arg) => ipcRenderer.invoke(channel, arg),
    subscribe: (channel, deliver) => {
      const listener = (_event: unknown, payload: unknown) => deliver(payload)
      ipcRenderer.on(channel, listener)
      return () => ipcRenderer.removeListener(channel, listener)
    },
  }),
)
